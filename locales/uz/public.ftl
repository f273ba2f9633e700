# Guruhning ochiq reyestri: ochiq matnlar boʻyicha qabul qilingan qarorlar, tizimga kirmasdan oʻqish mumkin.

# $group: guruh nomi.
public-title = Qarorlarning ochiq reyestri: { $group }
public-heading = Qarorlarning ochiq reyestri: { $group }
public-lede = Guruh tomonidan qabul qilingan va eʼlon qilingan qarorlar. Har bir matn uchun uning kanonik shaklining SHA-256 xeshi koʻrsatilgan, bu istalgan nusxani reyestr bilan solishtirib tekshirish imkonini beradi.
public-empty = Guruh hali birorta ham qarorni eʼlon qilmagan.
# $date: qabul qilingan sana va vaqt.
public-adopted = Qabul qilingan: { $date }
public-statements-heading = Talqin toʻgʻrisidagi bayonotlar
