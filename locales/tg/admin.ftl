# The administrator's page: accounts, founding groups, placing people in delegations.

admin-title = Administration
admin-heading = Administration
admin-lede = Accounts, groups and delegations of this installation. The administrator sees no group's business unless also placed in a delegation.
admin-notice-user = The account is created.
admin-notice-group = The group is founded.
admin-notice-placed = The person is placed in the group.
admin-notice-disabled = The account is disabled.
admin-notice-password = The password is set. Every session and API token of that person has ended.

admin-username = Username
admin-clearance = Clearance

admin-create-account-heading = Create an account
admin-username-hint = Lowercase, e.g. kz.envoy
admin-full-name = Full name
admin-initial-password = Initial password
admin-initial-password-hint = At least 12 characters and hard to guess.
admin-time-zone = Time zone
admin-create-account-submit = Create account

admin-place-heading = Place a person in a group
admin-place-no-group = Found a group first.
admin-place-group = Group
admin-place-party = Party code
admin-place-party-hint = Empty for the secretariat.
admin-place-role = Role
admin-place-title = Title
admin-place-submit = Place

admin-set-password-heading = Set a password
admin-set-password-intro = For someone who lost theirs, or whose password may be known to others. Every session and API token of that person ends at once.
admin-set-password-account = Account
admin-set-password-new = New password
admin-set-password-hint = At least 12 characters and hard to guess; not built from the person's username or name.
admin-set-password-submit = Set the password

admin-found-group-heading = Found a group
admin-group-code = Code
admin-group-code-hint = Used in document symbols, e.g. CGA.
admin-group-name = Name
admin-group-languages = Working languages
admin-group-languages-hint = Separated by commas, e.g. Russian, English.
admin-group-time-zone = Secretariat time zone
admin-group-parties = Parties
# $example: a sample line, e.g. "KZ, Kazakhstan, member" (the standing words stay as written:
# they are what the form reads).
admin-group-parties-hint = One a line: code, name, standing (member, observer or guest). E.g. { $example }
admin-group-rotation = Rotation
admin-group-rotation-hint = Member codes in hosting order, separated by commas.
admin-group-quorum = Quorum
admin-group-quorum-hint = Empty for more than half of the members.
admin-group-min-silence = Minimum silence period (hours)
admin-found-group-submit = Found the group

admin-accounts-heading = Accounts
admin-accounts-name = Name
admin-accounts-state = State
admin-accounts-actions = Actions
admin-accounts-administrator = administrator
admin-accounts-disabled = disabled
admin-accounts-active = active
# $username: the login of the account to disable.
admin-accounts-confirm-disable = Disable { $username }? Their sessions end at once.
admin-accounts-disable = Disable
