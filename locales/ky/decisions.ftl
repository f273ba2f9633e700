# Чечимдин жазуусунун барагы жана топтун чечимдеринин тизмеси (templates/decision.html,
# decisions.html, src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = Навигация чынжыры
decisions-breadcrumb = Чечимдер

## Тизме

# $group — топтун коду.
decisions-title = Чечимдер — { $group }
# $group — киргизилген топтун аталышы.
decisions-heading = Чечимдер: { $group }
decisions-empty = Сизге азырынча бир да чечим таратылган жок.

## Чечимдин жазуусу

decisions-adopted = Кабыл алынды
decisions-record = Жазуу
# $name — чечимди каттаган адамдын аты, $date — катталган күнү.
decisions-recorded-later = Кийинчерээк киргизген: { $name }, { $date }
decisions-procedure = Жол-жобо
# $procedure — жол-жобонун түрү, ага шилтеме; $when — ачылган күнү жана убактысы.
decisions-procedure-opened = { $procedure }, ачылган убактысы: { $when }
decisions-text = Текст
decisions-version = { $version }-редакция
decisions-distribution = Таратуу
# $language — текст макулдашылган тилдин теги.
decisions-text-authentic = Текст ({ $language }, аутенттүү)
decisions-status-authentic = аутенттүү текст
decisions-status-translation = котормо
# $language — тилдин теги, $status — бул нуска аутенттүүбү же котормобу.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, артыкчылыктуу күчкө ээ)
decisions-positions = Мүчө тараптардын позициялары
decisions-positions-reported = Мүчө тараптардын позициялары (катчылыктын маалыматы боюнча)
# $party — тараптын коду, $position — анын позициясы.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (катчылыктын маалыматы боюнча)
decisions-position-kept-silence = { $party }: унчукпай койду
decisions-position-kept-silence-absent = { $party }: унчукпай койду (жыйынга катышкан жок)
decisions-statements = Чечмелөө жөнүндө билдирүүлөр
decisions-evidence-link = Далилдер топтомун жүктөп алуу (JSON)
# decisions-evidence-link шилтемесинен кийин турат; $command — топтомду текшерүүчү буйрук.
decisions-evidence-check = — аны тармакка туташпастан { $command } буйругу менен текшерүүгө болот.
