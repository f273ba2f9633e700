# Көрсету мүмкін емес беттің орнына шығатын бет: мәселенің түріне қарай тақырып
# және кері оралу жолы.

errors-page-not-found-heading = Бет табылмады
errors-page-not-found = Мұндай бет жоқ немесе ол сізге таратылмаған. Мекенжайды тексеріңіз немесе топтарыңыздың тізіміне оралыңыз.
errors-page-forbidden-heading = Бұл әрекетке өкілеттігіңіз жоқ
errors-page-conflict-heading = Бұл әрекетті қазір орындау мүмкін емес
errors-page-bad-credentials-heading = Кіру қабылданбады
errors-page-too-many-attempts-heading = Әрекет саны тым көп
errors-page-invalid-input-heading = Деректер дұрыс емес
errors-page-invalid-rows-heading = Жолдар дұрыс емес
errors-page-internal-heading = Ішкі қате
errors-page-method-heading = Бұл бет мұндай әрекетті орындамайды
errors-page-method = Бетке ол орындамайтын сұрау жіберілді. Артқа оралып, беттегі сілтемелер мен нысандарды пайдаланыңыз.
errors-page-unreadable-heading = Сұрауды оқу мүмкін болмады
errors-page-unreadable = Мекенжайды немесе жіберілген нысанды оқу мүмкін болмады. Артқа оралып, беттен қайталап көріңіз.
errors-page-back = Топтарыңыздың тізіміне
# Қарапайым мәтін: бетті қалыптастыру мүмкін болмағанда (ішкі қате, журналға жазылады).
errors-page-render-failed = бетті қалыптастыру мүмкін болмады
