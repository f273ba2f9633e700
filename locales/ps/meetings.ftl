# د یوې غونډې پاڼه او هغه فورمه چې غونډه پرې پلانېږي (templates/meeting.html، meeting_form.html،
# src/http/pages/meetings.rs).

meetings-breadcrumbs = د لارښوونې لړۍ
meetings-breadcrumb-new = نوې غونډه

## هغه نوم چې غونډه پرې یادېږي. $ordinal د ګروپ د همغه ډول غونډو په منځ کې د هغې شمېره ده،
## چې د ژبې د ترتیبي عددونو د قاعدو له مخې ټاکل کېږي (لومړۍ، دویمه، درېیمه، ۴مه…).

meetings-name-envoys =
    { $ordinal ->
        [1] لومړۍ غونډه
        [2] دویمه غونډه
        [3] درېیمه غونډه
       *[other] { $ordinal }مه غونډه
    }
meetings-name-senior-officials =
    { $ordinal ->
        [1] د لوړپوړو چارواکو لومړۍ غونډه
        [2] د لوړپوړو چارواکو دویمه غونډه
        [3] د لوړپوړو چارواکو درېیمه غونډه
       *[other] د لوړپوړو چارواکو { $ordinal }مه غونډه
    }
meetings-name-experts =
    { $ordinal ->
        [1] د کارپوهانو لومړۍ غونډه
        [2] د کارپوهانو دویمه غونډه
        [3] د کارپوهانو درېیمه غونډه
       *[other] د کارپوهانو { $ordinal }مه غونډه
    }
meetings-name-ministers =
    { $ordinal ->
        [1] د وزیرانو لومړۍ غونډه
        [2] د وزیرانو دویمه غونډه
        [3] د وزیرانو درېیمه غونډه
       *[other] د وزیرانو { $ordinal }مه غونډه
    }
meetings-name-extraordinary =
    { $ordinal ->
        [1] لومړۍ فوق‌العاده غونډه
        [2] دویمه فوق‌العاده غونډه
        [3] درېیمه فوق‌العاده غونډه
       *[other] { $ordinal }مه فوق‌العاده غونډه
    }

## د یوې غونډې پاڼه

# $meeting د غونډې نوم دی (پورته)؛ $group د ګروپ نوم، لکه څنګه چې ولیکل شو.
meetings-heading = د { $group } { $meeting }
meetings-notice-planned = غونډه پلان شوه.
meetings-notice-saved = ستاسو بدلونونه خوندي شول.
meetings-notice-agenda = اجنډا تازه شوه.
meetings-notice-attendance = حاضري تازه شوه.
meetings-notice-status = د غونډې حالت بدل شو.
meetings-details = جزئیات
meetings-format = ډول
meetings-host = کوربه
meetings-chair = رییس
meetings-starts = پیل
meetings-ends = پای
meetings-venue-time-zone = د غونډې د ځای زماني سیمه
meetings-invited-guests = رابلل شوي مېلمانه
# $when نېټه او وخت دی د لوستونکي په خپل وخت، له ښار سره.
meetings-your-time = ستاسو په وخت { $when }
meetings-add-to-calendar = زما په جنتري کې یې ثبت کړئ (.ics)
meetings-convene = غونډه دایره کړئ
meetings-convene-confirm = غونډه د دایره شوې په توګه ثبت شي؟
meetings-conclude = غونډه پای ته ورسوئ
meetings-conclude-confirm = غونډه د پای ته رسېدلې په توګه ثبت شي؟ له دې وروسته یې اجنډا او جزئیات په سابقه بدلېږي.
meetings-cancel = غونډه لغوه کړئ
meetings-cancel-confirm = دا غونډه لغوه شي؟
meetings-plan-again = پلان یې کړئ
meetings-plan-again-confirm = پلان شي؟
meetings-attendance = حاضري
meetings-attendance-empty = هېڅ حاضري نه ده ثبت شوې.
meetings-party = اړخ
meetings-person = کس
meetings-person-title = رسمي عنوان
meetings-actions = کړنې
# $name د کس نوم دی، لکه څنګه چې ولیکل شو.
meetings-attendance-remove-confirm = { $name } له حاضرۍ څخه لرې شي؟
meetings-remove = لرې یې کړئ
meetings-record-attendance = حاضري ثبت کړئ
meetings-person-name = نوم
meetings-record = ثبت یې کړئ
meetings-agenda = اجنډا
meetings-agenda-empty = اجنډا تشه ده.
meetings-agenda-move-up = پورته یې یوسئ
meetings-agenda-move-down = ښکته یې یوسئ
# $title د اجنډا د بند سرلیک دی، لکه څنګه چې ولیکل شو.
meetings-agenda-remove-confirm = «{ $title }» له اجنډا څخه لرې شي؟
meetings-edit = سم یې کړئ
# $number په اجنډا کې د بند ځای دی.
meetings-agenda-edit-label = د اجنډا د { $number } بند سمول
meetings-agenda-title = سرلیک
meetings-agenda-description = تشریح
meetings-save = خوندي یې کړئ
meetings-agenda-add = د اجنډا بند زیات کړئ
meetings-agenda-add-button = بند زیات کړئ
meetings-change = د وخت، ځای، کوربه یا رییس بدلول
meetings-edit-label = د غونډې سمول
meetings-city = ښار
meetings-venue = د غونډې ځای
meetings-starts-venue-time = پیل (د غونډې د ځای په وخت)
meetings-ends-venue-time = پای (د غونډې د ځای په وخت)
meetings-save-changes = بدلونونه خوندي کړئ

## د غونډې پلانول

meetings-plan-title = د غونډې پلان
# $group د ګروپ نوم دی، لکه څنګه چې ولیکل شو.
meetings-plan-heading = د { $group } د غونډې پلان
meetings-plan-lede = کوربه او رییس د نوبتي ترتیب له مخې ټاکل کېږي، مګر دا چې تاسو بل ډول انتخاب وکړئ. وختونه د غونډې د ځای محلي وختونه دي.
# $party د هغه غړي اړخ کوډ دی چې په نوبت کې راتلونکی دی.
meetings-next-in-rotation = په نوبت کې راتلونکی: { $party }.
meetings-chair-is-host = کوربه
meetings-time-zone-hint = د IANA نوم، لکه Asia/Bishkek یا Europe/Vienna.
meetings-invited-guest-parties = رابلل شوي مېلمه اړخونه
# $parties د ګروپ د مېلمه اړخونو کوډونه دي، په کامه سره جلا.
meetings-guests-hint = کوډونه، په کامه سره جلا؛ د ګروپ مېلمه اړخونه: { $parties }.
meetings-plan-button = غونډه پلان کړئ
meetings-plan-cancel = لغوه یې کړئ
