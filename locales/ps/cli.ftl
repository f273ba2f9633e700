# هغه څه چې د `majlis` فرمان چلوونکي ته چاپوي (src/cli.rs، src/main.rs)، د هغه د چاپېریال
# په ژبه (LC_ALL، LC_MESSAGES، LANG). د `verify` او `verify-decision` راپورونه په انګلیسي
# پاتې کېږي: دا هغه شواهد دي چې په پلازمېنو کې پرتله کېږي او سکرېپټونه يې لولي.

cli-invalid-input = ناسم معلومات: { $fields }
cli-nothing-imported = هېڅ شی وارد نه شو؛ دا کرښې سمې کړئ:
cli-not-found = ونه موندل شو: په دې نوم هېڅ حساب، ګروپ یا شاخص نشته
cli-user-created = د { $username } حساب جوړ شو
cli-password-changed = د { $username } پټنوم بدل شو؛ د هغه ټولې ننوتنې او API ټوکنونه پای ته ورسېدل
cli-user-disabled = د { $username } حساب غیرفعال شو
cli-account-active = فعال
cli-account-disabled = غیرفعال
cli-account-administrator = د سیسټم مدیر
cli-group-founded = { $code } ګروپ تاسیس شو
cli-group-parties = { $count ->
    [one] { $count } اړخ
   *[other] { $count } اړخونه
}
cli-placed = { $username } په { $code } ګروپ کې ځای پر ځای شو
cli-imported = { $count ->
    [one] { $count } رقم په { $group } { $indicator } کې وارد شو
   *[other] { $count } ارقام په { $group } { $indicator } کې وارد شول
}
cli-schema-up-to-date = د ډېټابېس طرحه تازه ده ({ $backend })
cli-schema-applied = مهاجرتونه پلي شول: { $migrations } ({ $backend })
cli-demo-loaded = د CGA نمایشي ګروپ (د افغانستان په اړه د اړیکو ګروپ) بار شو. حسابونه:
cli-demo-not-loaded = ډېټابېس دمخه حسابونه لري؛ نمایشي معلومات بیا بار نه شول.
cli-demo-refused = د نمایشي معلوماتو بارول: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = د لټون لړلیک بیا جوړ شو: { $documents } سندونه ({ $place })
cli-reindex-in-memory = په حافظه کې ساتل کېږي: هر سرور یې د پیل پر مهال بیا جوړوي
