# The sign-in page.

signin-title = Sign in
signin-heading = Sign in to Majlis
signin-lede = The working space of your contact group. Sign in with the account your administrator gave you.
signin-form-label = Sign in
signin-username = Username
signin-password = Password
signin-submit = Sign in
