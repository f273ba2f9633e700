# Саҳифаи шахсӣ: ҷойҳо дар гурӯҳҳо, минтақаи вақт, тақвим, сеансҳо, токенҳои API, парол ва
# (барои намояндагони махсус) додани салоҳият ба муовин.

me-title = Профил
# $username: логини корбар; $clearance: сатҳи дастрасӣ.
me-lede = Корбари воридшуда: { $username }. Сатҳи дастрасӣ: { $clearance }.
me-notice-time-zone = Минтақаи вақт нигоҳ дошта шуд.
me-notice-authorised = Ба муовин салоҳият дода шуд.
me-notice-password = Парол иваз карда шуд. Дигар сеансҳои шумо ва ҳамаи токенҳои API-и шумо қатъ гардиданд.
me-notice-session-ended = Сеанс анҷом ёфт.
me-notice-token-revoked = Токени API бозхонда шуд.
me-notice-calendar = Суроғаи нави тақвим сохта шуд.
# Вақте ки вақт ҳанӯз маълум нест (сеанс дигар дида нашудааст, токен ҳеҷ гоҳ истифода нашудааст).
me-never = ҳеҷ гоҳ

me-seats-heading = Ҷойҳои шумо дар гурӯҳҳо
me-seats-empty = Шумо дар ягон гурӯҳ ҷой надоред.
# Ҷой: $group — номи гурӯҳ, $role — нақши шахс дар он; $party — рамзи тараф.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }, тарафи { $party }

me-time-zone-heading = Минтақаи вақт
me-time-zone-intro = Вақт аз рӯи минтақаи маҳалли баргузории ҷаласа ва минтақаи шумо нишон дода мешавад.
me-time-zone-form = Минтақаи вақт
me-time-zone-label = Минтақаи вақти шумо
me-time-zone-hint = Номи пойгоҳи IANA, масалан, Asia/Dushanbe ё Europe/Moscow.
me-time-zone-save = Нигоҳ доштан

me-calendar-heading = Тақвим
me-calendar-intro = Суроғаи шахсӣ, ки дар барномаҳои тақвим ба он обуна шудан мумкин аст; дар он ҳамаи ҷаласаҳое, ки ба шумо дастрасанд, номбар шудаанд.
me-calendar-new-address = Суроғаи нави тақвим (танҳо як бор нишон дода мешавад): { $url }
me-calendar-form = Тақвим
me-calendar-confirm = Суроғаи нав ҷои суроғаи пешинаро мегирад. Идома диҳем?
me-calendar-renew = Сохтани суроғаи нави тақвим

me-actions = Амалҳо
me-sessions-heading = Сеансҳои фаъол
me-sessions-intro = Ҳамаи браузерҳое, ки тавассути онҳо ворид шудаед. Сеансҳоеро, ки ба шумо ношиносанд, анҷом диҳед; ҳангоми ивази парол ҳамаи сеансҳо, ба истиснои сеанси ҷорӣ, анҷом меёбанд.
me-sessions-table = Сеансҳои фаъол
me-sessions-signed-in = Вақти воридшавӣ
me-sessions-last-seen = Фаъолияти охирин
me-sessions-expires = Эътибор то
me-sessions-this = сеанси ҷорӣ
me-sessions-confirm-this = Аз ин браузер хориҷ шавед?
me-sessions-sign-out = Анҷом додан

me-tokens-heading = Токенҳои API
# $route: даъвати API, ки токен месозад.
me-tokens-empty = Шумо токенҳои API надоред. Барномаҳо онҳоро тавассути { $route } мегиранд.
me-tokens-intro = Барномаҳое, ки аз номи шумо амал мекунанд. Токени бозхондашуда фавран эътибори худро гум мекунад.
me-tokens-table = Токенҳои API
me-tokens-name = Ном
me-tokens-created = Сохта шуд
me-tokens-last-used = Истифодаи охирин
me-tokens-expires = Эътибор то
# $name: номе, ки шахс ба токен додааст.
me-tokens-confirm-revoke = Токени «{ $name }» бозхонда шавад? Барномаҳое, ки онро истифода мебаранд, аз кор мемонанд.
me-tokens-revoke = Бозхондан

me-password-heading = Ивази парол
me-password-intro = Ҳангоми ивази парол дигар сеансҳои шумо ва ҳамаи токенҳои API-и шумо қатъ мегарданд; сеанси ҷорӣ нигоҳ дошта мешавад.
me-password-form = Ивази парол
me-password-current = Пароли ҷорӣ
me-password-new = Пароли нав
me-password-hint = На камтар аз 12 аломат ва барои тахмин душвор: якчанд калимаи камистифода хуб мувофиқ аст. Онро аз номи корбар ё номи худ насозед.
me-password-submit = Иваз кардани парол

me-authorise-heading = Додани салоҳият ба муовин
me-authorise-intro = Муовини шумо то вақти муайянкардаи шумо мавқеъҳои тарафи шуморо сабт карда метавонад. Додани салоҳият дар дафтари сабт қайд мешавад.
me-authorise-form = Додани салоҳият ба муовин
me-authorise-group = Гурӯҳ
me-authorise-deputy = Номи корбари муовин
# $zone: минтақаи вақти шахс, масалан, Asia/Almaty.
me-authorise-until = То (аз рӯи вақти шумо, { $zone })
me-authorise-submit = Додани салоҳият

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Почта
me-mail-intro = Majlis ба шумо тавассути почта дар бораи масъалаҳое, ки ҷавоби ҷониби шуморо талаб мекунанд, ва қарорҳои қабулшуда хабар медиҳад. Дар мактуб дар бораи маводи дорои грифи болотар аз «ғайримахфӣ» танҳо рақам, унвон ва истинод оварда мешавад, на матн.
me-mail-form = Танзимоти почта
me-mail-email = Суроғаи почтаи электронии шумо
me-mail-email-hint = Барои нагирифтани мактуб майдонро холӣ гузоред.
me-mail-tell-me = Ба ман хабар диҳед
me-mail-asked = вақте ки аз ҷониби ман мавқеъ пурсида мешавад ё тартиби хомӯшӣ кушода мешавад
me-mail-deadline = як рӯз пеш аз мӯҳлате, ки ҷониби ман ҳанӯз ҷавоб надодааст
me-mail-adopted = вақте ки қарор қабул мешавад
me-mail-digest = Ба ҷои мактубҳои алоҳида ҳар саҳар як ҷамъбаст фиристода шавад
me-mail-save = Нигоҳ доштани танзимоти почта
me-notice-mail = Танзимоти почта нигоҳ дошта шуд.
