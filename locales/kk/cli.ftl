# `majlis` командасы операторға шығаратын мәтіндер (src/cli.rs, src/main.rs), оның
# қабықшасының тілінде (LC_ALL, LC_MESSAGES, LANG). `verify` және `verify-decision`
# есептері ағылшынша қалады: олар астаналарда салыстырылатын және скрипттер оқитын дәлел.

cli-invalid-input = жарамсыз деректер: { $fields }
cli-nothing-imported = ештеңе импортталмады; мына жолдарды түзетіңіз:
cli-not-found = табылмады: мұндай атаумен тіркелгі, топ немесе көрсеткіш жоқ
cli-user-created = { $username } тіркелгісі жасалды
cli-password-changed = { $username } пайдаланушысының құпиясөзі өзгертілді; оның барлық сеанстары мен API токендері тоқтатылды
cli-user-disabled = { $username } тіркелгісі бұғатталды
cli-account-active = белсенді
cli-account-disabled = бұғатталған
cli-account-administrator = әкімші
cli-group-founded = { $code } тобы құрылды
cli-group-parties = { $count ->
    [one] { $count } тарап
   *[other] { $count } тарап
}
cli-placed = { $username } пайдаланушысы { $code } тобына енгізілді
cli-imported = { $count ->
    [one] { $group } { $indicator } көрсеткішіне { $count } мән импортталды
   *[other] { $group } { $indicator } көрсеткішіне { $count } мән импортталды
}
cli-schema-up-to-date = дерекқор сызбасы өзекті ({ $backend })
cli-schema-applied = көшірулер қолданылды: { $migrations } ({ $backend })
cli-demo-loaded = CGA демонстрациялық тобы (Ауғанстан жөніндегі байланыс тобы) жүктелді. Тіркелгілер:
cli-demo-not-loaded = Дерекқорда тіркелгілер бар; демонстрациялық деректер қайта жүктелмеді.
cli-demo-refused = демонстрациялық деректерді жүктеу: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = іздеу индексі қайта құрылды: { $documents } құжат ({ $place })
cli-reindex-in-memory = жадта сақталады: әр сервер оны іске қосылғанда қайта құрады
