# Пәндік саланың сөздері (src/http/vocabulary.rs): `<топ>-<сақталатын сөз>`.

marking-banner-unclassified = ҚҰПИЯ ЕМЕС
marking-banner-restricted = ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН
marking-banner-confidential = КОНФИДЕНЦИАЛДЫ

classification-unclassified = құпия емес
classification-restricted = қызмет бабында пайдалану үшін
classification-confidential = конфиденциалды

distribution-public = ашық қолжетімділік
distribution-group = бүкіл топ
distribution-members = мүше тараптар
distribution-listed = көрсетілген тараптар
distribution-national = тек өз делегациясы

role-envoy = арнайы өкіл
role-deputy = орынбасар
role-delegate = делегация мүшесі
role-expert = сарапшы
role-secretariat = хатшылық

standing-member = мүше
standing-observer = бақылаушы
standing-guest = қонақ

text-kind-joint-statement = бірлескен мәлімдеме
text-kind-decision = шешім
text-kind-minutes = хаттама
text-kind-roadmap = жол картасы
text-kind-chairs-summary = төрағаның түйіндемесі
text-kind-non-paper = бейресми құжат

procedure-kind-consensus = консенсус раунды
procedure-kind-silence = үнсіздік рәсімі

position-concur = келісу
position-concur-with-statement = мәлімдемемен келісу
position-stand-aside = қалыс қалу
position-ad-referendum = ad referendum (бекітілгенге дейін)
position-object = қарсылық білдіру

answer-concur = келісу
answer-concur-with-statement = мәлімдемемен келісу
answer-stand-aside = қалыс қалу
answer-ad-referendum = ad referendum (бекітілгенге дейін)
answer-object = қарсылық білдіру
answer-no-objection-heard = қарсылық білдірілмеді (төрағаның белгісі)

outcome-open = ашық
outcome-adopted = қабылданды
outcome-not-adopted = қабылданбады
outcome-withdrawn = кері қайтарылып алынды
outcome-superseded = ауыстырылды

meeting-format-envoys = арнайы өкілдер
meeting-format-senior-officials = жоғары лауазымды тұлғалар
meeting-format-experts = сарапшылар
meeting-format-ministers = министрлер
meeting-format-extraordinary = кезектен тыс

meeting-status-planned = жоспарланған
meeting-status-convened = ашылған
meeting-status-concluded = аяқталған
meeting-status-cancelled = болдырылмаған
