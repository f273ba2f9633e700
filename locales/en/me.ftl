# A person's own page: seats, time zone, calendar feed, sessions, API tokens, password, and
# (for envoys) authorising a deputy.

me-title = Profile
# $username: the person's login; $clearance: their clearance level.
me-lede = Signed in as { $username }. Clearance: { $clearance }.
me-notice-time-zone = Your time zone is saved.
me-notice-authorised = The deputy is authorised.
me-notice-password = Your password is changed. Your other sessions and all your API tokens have ended.
me-notice-session-ended = The session is signed out.
me-notice-token-revoked = The API token is revoked.
me-notice-calendar = A new calendar address is ready.
# When a time is not known yet (a session never seen again, a token never used).
me-never = never

me-seats-heading = Your seats
me-seats-empty = You have no seat in any group.
# A seat: $group is the group's name, $role the person's role in it; $party the party's code.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role } for { $party }

me-time-zone-heading = Time zone
me-time-zone-intro = Times are shown in the venue's zone and in yours.
me-time-zone-form = Time zone
me-time-zone-label = Your time zone
me-time-zone-hint = An IANA name, such as Asia/Almaty or Europe/Moscow.
me-time-zone-save = Save

me-calendar-heading = Calendar feed
me-calendar-intro = A private address that calendar programs can subscribe to; it lists every meeting you may see.
me-calendar-new-address = Your new feed address (shown once): { $url }
me-calendar-form = Calendar feed
me-calendar-confirm = A new address replaces the previous one. Continue?
me-calendar-renew = Create a new feed address

me-actions = Actions
me-sessions-heading = Signed-in sessions
me-sessions-intro = Each browser you signed in with. Sign out any you do not recognise; changing your password signs out all but this one.
me-sessions-table = Signed-in sessions
me-sessions-signed-in = Signed in
me-sessions-last-seen = Last seen
me-sessions-expires = Expires
me-sessions-this = this session
me-sessions-confirm-this = Sign out this browser?
me-sessions-sign-out = Sign out

me-tokens-heading = API tokens
# $route: the API call that makes a token.
me-tokens-empty = You have no API tokens. Programs get one from { $route }.
me-tokens-intro = Programs that act as you. A revoked token stops working at once.
me-tokens-table = API tokens
me-tokens-name = Name
me-tokens-created = Created
me-tokens-last-used = Last used
me-tokens-expires = Expires
# $name: the name the person gave the token.
me-tokens-confirm-revoke = Revoke the token { $name }? Programs using it stop working.
me-tokens-revoke = Revoke

me-password-heading = Change your password
me-password-intro = Your other sessions and all your API tokens end when the password changes; this session stays signed in.
me-password-form = Change your password
me-password-current = Current password
me-password-new = New password
me-password-hint = At least 12 characters and hard to guess: a few uncommon words work well. Not built from your username or name.
me-password-submit = Change password

me-authorise-heading = Authorise a deputy
me-authorise-intro = Your deputy may record your party's positions until the time you set. The authorisation is journaled.
me-authorise-form = Authorise a deputy
me-authorise-group = Group
me-authorise-deputy = Deputy's username
# $zone: the person's time zone, e.g. Asia/Almaty.
me-authorise-until = Until (your time, { $zone })
me-authorise-submit = Authorise

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Mail
me-mail-intro = Majlis tells you by mail what needs your party, and what was decided. A mail about anything above unclassified gives only its symbol, title and a link, never its text.
me-mail-form = Mail settings
me-mail-email = Your email address
me-mail-email-hint = Leave it blank to receive no mail.
me-mail-tell-me = Tell me
me-mail-asked = when my party is asked for a position, or a silence procedure opens
me-mail-deadline = a day before a deadline my party has not answered
me-mail-adopted = when a decision is adopted
me-mail-digest = Collect these in one mail each morning instead
me-mail-save = Save mail settings
me-notice-mail = Your mail settings are saved.
