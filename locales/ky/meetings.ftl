# Жыйындын барагы жана аны пландаштыруу формасы (templates/meeting.html, meeting_form.html,
# src/http/pages/meetings.rs).

meetings-breadcrumbs = Навигация чынжыры
meetings-breadcrumb-new = Жаңы жыйын

## Жыйындын аталышы. $ordinal — топтун ушул форматтагы жыйындарынын арасындагы иреттик номери
## (кыргыз тилинде иреттик сан дефис менен жазылат: 1-, 2-, 3-…).

meetings-name-envoys = { $ordinal }-жыйын
meetings-name-senior-officials = Жогорку кызмат адамдарынын деңгээлиндеги { $ordinal }-жыйын
meetings-name-experts = Эксперттердин деңгээлиндеги { $ordinal }-жыйын
meetings-name-ministers = Министрлердин деңгээлиндеги { $ordinal }-жыйын
meetings-name-extraordinary = { $ordinal }-кезексиз жыйын

## Жыйындын барагы

# $meeting — жыйындын аталышы (жогоруда); $group — киргизилген топтун аталышы.
meetings-heading = { $group }: { $meeting }
meetings-notice-planned = Жыйын пландаштырылды.
meetings-notice-saved = Өзгөртүүлөр сакталды.
meetings-notice-agenda = Күн тартиби жаңыланды.
meetings-notice-attendance = Катышуучулардын курамы жаңыланды.
meetings-notice-status = Жыйындын абалы өзгөртүлдү.

meetings-details = Жыйын жөнүндө маалымат
meetings-format = Формат
meetings-host = Кабыл алуучу тарап
meetings-chair = Төрага
meetings-starts = Башталышы
meetings-ends = Аякталышы
meetings-venue-time-zone = Өтүүчү жердин убакыт алкагы
meetings-invited-guests = Чакырылган коноктор
# $when — окурмандын өз убактысы боюнча күнү жана убактысы, шаардын аталышы менен.
meetings-your-time = сиздин убактыңыз боюнча { $when }
meetings-add-to-calendar = Календарыма кошуу (.ics)

meetings-convene = Жыйынды ачуу
meetings-convene-confirm = Жыйын ачылды деп белгилейсизби?
meetings-conclude = Жыйынды жабуу
meetings-conclude-confirm = Жыйын аяктады деп белгилейсизби? Андан кийин анын күн тартиби жана маалыматтары архивге өтөт.
meetings-cancel = Жыйынды жокко чыгаруу
meetings-cancel-confirm = Бул жыйынды жокко чыгарасызбы?
meetings-plan-again = Пландаштыруу
meetings-plan-again-confirm = Жыйынды пландаштырасызбы?

meetings-attendance = Катышуучулардын курамы
meetings-attendance-empty = Катышуучулар киргизиле элек.
meetings-party = Тарап
meetings-person = Катышуучу
meetings-person-title = Кызмат орду
meetings-actions = Аракеттер
# $name — киргизилген адамдын аты.
meetings-attendance-remove-confirm = { $name } катышуучулардын курамынан чыгарасызбы?
meetings-remove = Чыгаруу
meetings-record-attendance = Катышуучуну киргизүү
meetings-person-name = Фамилиясы, аты
meetings-record = Киргизүү

meetings-agenda = Күн тартиби
meetings-agenda-empty = Күн тартиби бош.
meetings-agenda-move-up = Жогору жылдыруу
meetings-agenda-move-down = Төмөн жылдыруу
meetings-agenda-remove-confirm = «{ $title }» пунктун күн тартибинен чыгарасызбы?
meetings-edit = Өзгөртүү
# $number — пункттун күн тартибиндеги орду.
meetings-agenda-edit-label = Күн тартибинин { $number }-пунктун өзгөртүү
meetings-agenda-title = Аталышы
meetings-agenda-description = Сүрөттөмөсү
meetings-save = Сактоо
meetings-agenda-add = Күн тартибине пункт кошуу
meetings-agenda-add-button = Пункт кошуу

meetings-change = Убактысын, ордун, кабыл алуучу тарапты же төраганы өзгөртүү
meetings-edit-label = Жыйын жөнүндө маалыматты өзгөртүү
meetings-city = Шаар
meetings-venue = Өтүүчү жери
meetings-starts-venue-time = Башталышы (жергиликтүү убакыт боюнча)
meetings-ends-venue-time = Аякталышы (жергиликтүү убакыт боюнча)
meetings-save-changes = Өзгөртүүлөрдү сактоо

## Жыйынды пландаштыруу

meetings-plan-title = Жыйынды пландаштыруу
# $group — киргизилген топтун аталышы.
meetings-plan-heading = Жыйынды пландаштыруу: { $group }
meetings-plan-lede = Эгер сиз башкасын тандабасаңыз, кабыл алуучу тарап жана төрага ротация тартиби боюнча аныкталат. Убакыт өтүүчү жердин жергиликтүү убактысы менен көрсөтүлөт.
# $party — ротация боюнча кийинки мүчө тараптын коду.
meetings-next-in-rotation = Ротация боюнча кийинки тарап: { $party }.
meetings-chair-is-host = Кабыл алуучу тарап
meetings-time-zone-hint = IANA базасындагы аталыш, мисалы, Asia/Bishkek же Europe/Vienna.
meetings-invited-guest-parties = Чакырылган конок тараптар
# $parties — топтун конок тараптарынын коддору, үтүр менен бөлүнгөн.
meetings-guests-hint = Коддор үтүр менен бөлүнөт; топтун конок тараптары: { $parties }.
meetings-plan-button = Жыйынды пландаштыруу
meetings-plan-cancel = Баш тартуу
