# The page shown instead of one that cannot be shown: its heading by the kind of problem,
# and the way back.

errors-page-not-found-heading = Page not found
errors-page-not-found = The page does not exist, or it is not distributed to you. Check the address, or start again from your groups.
errors-page-forbidden-heading = You may not do this
errors-page-conflict-heading = This cannot be done now
errors-page-bad-credentials-heading = Sign-in refused
errors-page-too-many-attempts-heading = Too many attempts
errors-page-invalid-input-heading = Invalid input
errors-page-invalid-rows-heading = Invalid rows
errors-page-internal-heading = Internal error
errors-page-method-heading = This page cannot do that
errors-page-method = The page was asked for something it does not do. Go back and use its links and forms.
errors-page-unreadable-heading = This request cannot be read
errors-page-unreadable = The address or the form sent could not be read. Go back and try again from the page.
errors-page-back = Back to your groups
# Plain text, when a page failed to render (an internal error, logged).
errors-page-render-failed = the page could not be rendered
