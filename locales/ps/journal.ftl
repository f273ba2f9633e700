# د ګروپ د ثبت دفتر: هر بدلون، له نوي پیل، هر ثبت له مخکیني سره تړلی.

journal-title = د { $code } د ثبت دفتر
journal-breadcrumbs = د لارښوونې لړۍ
journal-breadcrumb-groups = ګروپونه
journal-breadcrumb-journal = د ثبت دفتر
# $group: د ګروپ نوم.
journal-heading = د { $group } د ثبت دفتر
journal-lede = هر بدلون، له نوي څخه پیل. هر ثبت د مخکیني ثبت هش لري، څو هېڅ ثبت پرته له دې چې ښکاره شي، بدل یا لرې نه شي. هغه ثبتونه چې تاسو یې د لوستلو اجازه نه لرئ، یوازې خپل هش ښیي.
journal-empty = تر اوسه هېڅ شی نه دی ثبت شوی.
# هغه ثبت چې وېش یې لوستونکی نه رانغاړي؛ $seq یې شمېره ده.
journal-entry-redacted = ثبت { $seq }، تاسو ته نه دی وېشل شوی
# چا ثبت کړی: د یوه کس نوم، یا له لاندې دوو څخه یو.
journal-entry-by = د { $actor } له خوا
journal-entry-by-party = د { $actor } ({ $party }) له خوا
journal-actor-installation = سیسټم
# هغه کس چې لوستونکی یې په ګروپ کې نه ویني، د حساب په شمېره.
journal-actor-user = کارن { $id }
