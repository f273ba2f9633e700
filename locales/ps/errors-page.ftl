# هغه پاڼه چې د نه ښودل کېدونکې پاڼې پر ځای ښودل کېږي: سرلیک یې د ستونزې د ډول له مخې،
# او د بېرته تګ لاره.

errors-page-not-found-heading = پاڼه ونه موندل شوه
errors-page-not-found = دا پاڼه شتون نه لري، یا تاسو ته نه ده وېشل شوې. پته وګورئ، یا له خپلو ګروپونو بیا پیل وکړئ.
errors-page-forbidden-heading = تاسو د دې کار اجازه نه لرئ
errors-page-conflict-heading = دا کار اوس نه شي کېدای
errors-page-bad-credentials-heading = ننوتل رد شول
errors-page-too-many-attempts-heading = ډېرې زیاتې هڅې
errors-page-invalid-input-heading = ناسم معلومات
errors-page-invalid-rows-heading = ناسمې کرښې
errors-page-internal-heading = داخلي تېروتنه
errors-page-method-heading = دا پاڼه دا کار نه شي کولای
errors-page-method = له پاڼې هغه څه وغوښتل شول چې دا یې نه کوي. بېرته لاړ شئ او د هغې له لینکونو او فورمو کار واخلئ.
errors-page-unreadable-heading = دا غوښتنه نه شي لوستل کېدای
errors-page-unreadable = پته یا لېږل شوې فورمه ونه لوستل شوه. بېرته لاړ شئ او له همغې پاڼې بیا هڅه وکړئ.
errors-page-back = خپلو ګروپونو ته ستنېدل
# ساده متن، کله چې پاڼه ونه ښودل شوه (داخلي تېروتنه، ثبت شوې).
errors-page-render-failed = پاڼه ونه ښودل شوه
