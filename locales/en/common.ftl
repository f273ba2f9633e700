# Words every page shares: the frame, dates, languages.

# An instant on a zone's clock. $date and $time are already written the language's way;
# $zone is the city that names the zone.
date-time-in-zone = { $date }, { $time } ({ $zone })

## The frame of every page

frame-skip-to-content = Skip to main content
frame-nav-label = Main
frame-nav-groups = Groups
frame-nav-inbox = Inbox
frame-nav-profile = Profile
frame-nav-admin = Administration
frame-signed-in-as = Signed in as
frame-sign-out = Sign out
frame-sign-in = Sign in
frame-language = Language
frame-language-apply = Apply
frame-footer = Majlis — the record of the group
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = This page has been updated.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = This page has changed since it was opened. Reload it to see the changes; what you have typed is kept until then.
