# صفحه ورود.

signin-title = ورود
signin-heading = ورود به مجلس
signin-lede = فضای کاری گروه تماس شما. با حسابی که مدیر سیستم به شما داده است وارد شوید.
signin-form-label = ورود
signin-username = نام کاربری
signin-password = رمز عبور
signin-submit = وارد شوید
