# Barcha shakllar uchun umumiy (templates/macros.html).

# Rad etilgan shakl tuzatishni soʻragan maydonlar roʻyxati ustidagi sarlavha; $count — ularning soni.
forms-correct-fields = { $count ->
        [one] Iltimos, ushbu maydonni tuzating
       *[other] Iltimos, quyidagi maydonlarni tuzating
    }
