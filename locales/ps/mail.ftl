# برېښنالیک: هغه خبرتیاوې چې د کارن پتې ته د هغه په ژبه لېږل کېږي (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] ستاسو دریځ غوښتل کېږي: { $title }
mail-subject-asked-silence = [{ $group }] د چوپتیا بهیر پیل شو: { $title }
mail-subject-deadline = [{ $group }] وروستۍ نېټې ته یوه ورځ پاتې ده: { $title }
mail-subject-adopted = [{ $group }] پرېکړه تصویب شوه: { $symbol } { $title }
mail-asked-consensus = رییس د «{ $title }» په اړه د اجماع پړاو پیل کړ. له { $party } اړخ څخه غوښتل کېږي چې خپل دریځ تر { $deadline } پورې ثبت کړي.
mail-asked-silence = رییس «{ $title }» تر { $deadline } پورې د چوپتیا بهیر ته وسپاره. که تر هغه وخته هېڅ غړی اړخ چوپتیا ونه ماتوي، متن تصویب شوی ګڼل کېږي.
mail-deadline-consensus = د «{ $title }» په اړه د اجماع پړاو په { $deadline } پای ته رسېږي. د { $party } اړخ دریځ لا نه دی ثبت شوی.
mail-deadline-silence = د «{ $title }» په اړه د چوپتیا بهیر په { $deadline } پای ته رسېږي. که تر هغه وخته هېڅ غړی اړخ چوپتیا ونه ماتوي، متن تصویب شوی ګڼل کېږي.
mail-adopted = ډلې په { $date } «{ $title }» د { $symbol } پرېکړې په توګه تصویب کړ.
mail-marking = د محرمیت نښه: { $classification }
mail-excerpt = له متن څخه برخه:
mail-not-quoted = دا متن له غیرمحرم څخه لوړه د محرمیت نښه لري، نو په برېښنالیک کې نه راوړل کېږي.
mail-open = په مجلس کې یې پرانیزئ: { $link }
mail-footer = تاسو کولی شئ په خپل پروفایل کې وټاکئ چې کومې خبرتیاوې یا ورځنی لنډیز ترلاسه کړئ: { $link }
mail-digest-subject = مجلس: ورځنی لنډیز ({ $count })
mail-digest-intro = د تېر لنډیز راهیسې خبرتیاوې:
