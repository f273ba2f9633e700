# Көрсөтүүгө мүмкүн болбогон барактын ордуна чыгуучу барак: көйгөйдүн түрүнө жараша аталыш
# жана артка кайтуу жолу.

errors-page-not-found-heading = Барак табылган жок
errors-page-not-found = Мындай барак жок же ал сизге таратылган эмес. Даректи текшериңиз же топторуңуздун тизмесине кайтыңыз.
errors-page-forbidden-heading = Бул аракетке ыйгарым укугуңуз жок
errors-page-conflict-heading = Бул аракетти азыр аткарууга болбойт
errors-page-bad-credentials-heading = Кирүү четке кагылды
errors-page-too-many-attempts-heading = Аракеттер өтө көп
errors-page-invalid-input-heading = Маалыматтар туура эмес
errors-page-invalid-rows-heading = Саптар туура эмес
errors-page-internal-heading = Ички ката
errors-page-method-heading = Бул барак мындай аракетти аткарбайт
errors-page-method = Баракка ал аткарбаган сурам жөнөтүлдү. Артка кайтып, барактагы шилтемелерди жана формаларды колдонуңуз.
errors-page-unreadable-heading = Сурамды окууга мүмкүн болгон жок
errors-page-unreadable = Даректи же жөнөтүлгөн форманы окууга мүмкүн болгон жок. Артка кайтып, барактан кайра аракет кылыңыз.
errors-page-back = Топторуңуздун тизмесине
# Жөнөкөй текст: баракты түзүүгө мүмкүн болбогондо (ички ката, журналга жазылат).
errors-page-render-failed = баракты түзүүгө мүмкүн болгон жок
