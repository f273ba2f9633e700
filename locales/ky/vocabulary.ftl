# Предметтик чөйрөнүн сөздөрү (src/http/vocabulary.rs): `<үй-бүлө>-<сакталган сөз>`.

marking-banner-unclassified = КУПУЯ ЭМЕС
marking-banner-restricted = КЫЗМАТТЫК ПАЙДАЛАНУУ ҮЧҮН
marking-banner-confidential = КОНФИДЕНЦИАЛДУУ

classification-unclassified = купуя эмес
classification-restricted = кызматтык пайдалануу үчүн
classification-confidential = конфиденциалдуу

distribution-public = ачык жеткиликтүүлүк
distribution-group = бүткүл топ
distribution-members = мүчө тараптар
distribution-listed = көрсөтүлгөн тараптар
distribution-national = өз делегациясы гана

role-envoy = атайын өкүл
role-deputy = орун басар
role-delegate = делегациянын мүчөсү
role-expert = эксперт
role-secretariat = катчылык

standing-member = мүчө
standing-observer = байкоочу
standing-guest = конок

text-kind-joint-statement = биргелешкен билдирүү
text-kind-decision = чечим
text-kind-minutes = протокол
text-kind-roadmap = жол картасы
text-kind-chairs-summary = төраганын корутундусу
text-kind-non-paper = расмий эмес документ

procedure-kind-consensus = консенсус раунду
procedure-kind-silence = унчукпоо жол-жобосу

position-concur = макул болуу
position-concur-with-statement = билдирүү менен макул болуу
position-stand-aside = калыс калуу
position-ad-referendum = ad referendum (бекитилгенге чейин)
position-object = каршылык билдирүү

answer-concur = макул болуу
answer-concur-with-statement = билдирүү менен макул болуу
answer-stand-aside = калыс калуу
answer-ad-referendum = ad referendum (бекитилгенге чейин)
answer-object = каршылык билдирүү
answer-no-objection-heard = каршылык билдирилген жок (төраганын белгиси)

outcome-open = ачык
outcome-adopted = кабыл алынды
outcome-not-adopted = кабыл алынган жок
outcome-withdrawn = кайтарылып алынды
outcome-superseded = алмаштырылды

meeting-format-envoys = атайын өкүлдөр
meeting-format-senior-officials = жогорку кызмат адамдары
meeting-format-experts = эксперттер
meeting-format-ministers = министрлер
meeting-format-extraordinary = кезексиз

meeting-status-planned = пландаштырылган
meeting-status-convened = ачылган
meeting-status-concluded = аяктаган
meeting-status-cancelled = жокко чыгарылган
