# Tizimga kirish sahifasi.

signin-title = Kirish
signin-heading = Majlis tizimiga kirish
signin-lede = Aloqa guruhingizning ish maydoni. Administrator tomonidan sizga berilgan hisob qaydnomasi orqali kiring.
signin-form-label = Kirish
signin-username = Foydalanuvchi nomi
signin-password = Parol
signin-submit = Kirish
