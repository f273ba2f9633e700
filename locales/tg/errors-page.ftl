# Саҳифае, ки ба ҷои саҳифаи нишондоданашаванда нишон дода мешавад: сарлавҳа аз рӯи навъи мушкил
# ва роҳи бозгашт.

errors-page-not-found-heading = Саҳифа ёфт нашуд
errors-page-not-found = Чунин саҳифа вуҷуд надорад ё ба шумо ирсол нашудааст. Суроғаро санҷед ё ба рӯйхати гурӯҳҳои худ баргардед.
errors-page-forbidden-heading = Шумо барои ин амал салоҳият надоред
errors-page-conflict-heading = Ин амалро ҳоло иҷро кардан ғайриимкон аст
errors-page-bad-credentials-heading = Воридшавӣ рад карда шуд
errors-page-too-many-attempts-heading = Кӯшишҳо аз ҳад зиёданд
errors-page-invalid-input-heading = Маълумоти нодуруст
errors-page-invalid-rows-heading = Сатрҳои нодуруст
errors-page-internal-heading = Хатои дохилӣ
errors-page-method-heading = Ин саҳифа чунин амалро иҷро намекунад
errors-page-method = Ба саҳифа дархосте фиристода шуд, ки он иҷро намекунад. Ба қафо баргардед ва пайвандҳо ва шаклҳои саҳифаро истифода баред.
errors-page-unreadable-heading = Дархостро хондан ғайриимкон шуд
errors-page-unreadable = Суроға ё шакли фиристодашударо хондан ғайриимкон шуд. Ба қафо баргардед ва аз саҳифа бори дигар кӯшиш кунед.
errors-page-back = Ба рӯйхати гурӯҳҳои худ
# Матни оддӣ, вақте ки саҳифаро сохтан ғайриимкон шуд (хатои дохилӣ, сабт мешавад).
errors-page-render-failed = саҳифаро сохтан ғайриимкон шуд
