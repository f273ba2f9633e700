# `majlis` buyrugʻi operatorga chiqaradigan matnlar (src/cli.rs, src/main.rs), uning
# qobigʻi tilida (LC_ALL, LC_MESSAGES, LANG). `verify` va `verify-decision` hisobotlari
# ingliz tilida qoladi: ular poytaxtlarda solishtiriladigan va skriptlar oʻqiydigan dalildir.

cli-invalid-input = notoʻgʻri maʼlumotlar: { $fields }
cli-nothing-imported = hech narsa import qilinmadi; quyidagi qatorlarni tuzating:
cli-not-found = topilmadi: bunday nomli hisob qaydnomasi, guruh yoki koʻrsatkich yoʻq
cli-user-created = { $username } hisob qaydnomasi yaratildi
cli-password-changed = { $username } foydalanuvchisining paroli oʻzgartirildi; uning barcha seanslari va API tokenlari bekor qilindi
cli-user-disabled = { $username } hisob qaydnomasi bloklandi
cli-account-active = faol
cli-account-disabled = bloklangan
cli-account-administrator = administrator
cli-group-founded = { $code } guruhi taʼsis etildi
cli-group-parties = { $count ->
    [one] { $count } ta tomon
   *[other] { $count } ta tomon
}
cli-placed = { $username } foydalanuvchisi { $code } guruhiga kiritildi
cli-imported = { $count ->
    [one] { $group } { $indicator } ga { $count } ta qiymat import qilindi
   *[other] { $group } { $indicator } ga { $count } ta qiymat import qilindi
}
cli-schema-up-to-date = maʼlumotlar bazasi sxemasi dolzarb ({ $backend })
cli-schema-applied = migratsiyalar qoʻllandi: { $migrations } ({ $backend })
cli-demo-loaded = CGA namunaviy guruhi (Afgʻoniston boʻyicha aloqa guruhi) yuklandi. Hisob qaydnomalari:
cli-demo-not-loaded = Maʼlumotlar bazasida hisob qaydnomalari allaqachon bor; namunaviy maʼlumotlar qayta yuklanmadi.
cli-demo-refused = namunaviy maʼlumotlarni yuklash: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = qidiruv indeksi qayta qurildi: { $documents } ta hujjat ({ $place })
cli-reindex-in-memory = xotirada saqlanadi: har bir server uni ishga tushganda qayta quradi
