# د ننوتلو پاڼه.

signin-title = ننوتل
signin-heading = مجلس ته ننوتل
signin-lede = ستاسو د تماس ګروپ کاري چاپېریال. په هغه حساب ننوځئ چې د سیسټم مدیر درته درکړی دی.
signin-form-label = ننوتل
signin-username = کارن نوم
signin-password = پټنوم
signin-submit = ننوځئ
