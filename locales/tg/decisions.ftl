# Саҳифаи сабти қарор ва рӯйхати қарорҳои гурӯҳ (templates/decision.html,
# decisions.html, src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = Занҷираи паймоиш
decisions-breadcrumb = Қарорҳо

## Рӯйхат

# $group — рамзи гурӯҳ.
decisions-title = Қарорҳо — { $group }
# $group — номи воридшудаи гурӯҳ.
decisions-heading = Қарорҳо: { $group }
decisions-empty = Ба шумо ҳанӯз ягон қарор ирсол нашудааст.

## Сабти қарор

decisions-adopted = Қабул шуд
decisions-record = Сабт
# $name — номи шахсе, ки қарорро сабт кардааст, $date — рӯзи сабт.
decisions-recorded-later = Баъдтар сабт кард: { $name }, { $date }
decisions-procedure = Тартиб
# $procedure — навъи тартиб, пайванд ба он; $when — рӯз ва вақти кушодашавӣ.
decisions-procedure-opened = { $procedure }, кушода шуд: { $when }
decisions-text = Матн
decisions-version = таҳрири { $version }
decisions-distribution = Доираи гирандагон
# $language — барчаспи забоне, ки матн бо он мувофиқа шудааст.
decisions-text-authentic = Матн ({ $language }, аслӣ)
decisions-status-authentic = матни аслӣ
decisions-status-translation = тарҷума
# $language — барчаспи забон, $status — ин нусха аслӣ аст ё тарҷума.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, дорои эътибори бартаридошта)
decisions-positions = Мавқеъҳои тарафҳои узв
decisions-positions-reported = Мавқеъҳои тарафҳои узв (тибқи маълумоти котибот)
# $party — рамзи тараф, $position — мавқеи он.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (тибқи маълумоти котибот)
decisions-position-kept-silence = { $party }: хомӯширо риоя кард
decisions-position-kept-silence-absent = { $party }: хомӯширо риоя кард (дар ҷаласа ҳузур надошт)
decisions-statements = Изҳорот оид ба тафсир
decisions-evidence-link = Боргирии бастаи далелҳо (JSON)
# Пас аз пайванди decisions-evidence-link меояд; $command — фармоне, ки бастаро месанҷад.
decisions-evidence-check = — онро бе пайвастшавӣ ба шабака бо фармони { $command } санҷидан мумкин аст.
