# What went wrong, as a person reads it: field errors of forms and JSON bodies, refusals of
# the rules, and the titles and details of problem+json answers. Field errors are written to
# follow the field's name ("title: must not be empty"), so most start in lowercase.

## Characters in typed text

# $character is a code point with its Unicode name, such as "U+200B (zero width space)".
error-characters-at-line = { $character } at line { $line }, column { $column }
error-characters-at = { $character } at character { $at }
# $found is one of the two messages above.
error-characters-control = must not contain control characters; remove { $found }
error-characters-line-break = must be a single line; remove the line break { $found }
error-characters-direction-control = must not contain invisible direction controls, which make text show in another order than it is stored; remove { $found }
error-characters-invisible = must not contain invisible characters; remove { $found }
error-characters-stray-joiner = may hold a zero width joiner or non-joiner only between two letters of a word; remove { $found }
error-characters-nothing-visible = must contain a visible character

## Codes, names and titles

error-name-empty = must not be empty
error-name-too-long = must be at most { $max } characters
error-email-shape = is not an email address (one mailbox, such as name@example.org)
error-name-shape-group-code = must be 2 to 10 capital letters or digits, starting with a letter (e.g. CGA)
error-name-shape-party-code = must be 2 to 8 capital letters (ISO 3166-1 alpha-2 for a state, e.g. KZ)
error-name-shape-username = must be 2 to 64 lowercase letters, digits, '.', '_' or '-' (e.g. kz.envoy)
error-name-shape-track-code = must be a track code of lowercase letters, digits and underscores (e.g. trade)
error-name-shape-indicator-code = must be an indicator code of lowercase letters, digits and underscores (e.g. trade_turnover)
error-name-shape-single-line = must be a single line without control characters
error-name-shape-no-control-characters = must be text without control characters

## Any field

error-time-unknown-zone = is not a known IANA time zone (e.g. Asia/Tashkent)
error-time-bad-local-time = must be a date and time like 2026-03-14T10:00
error-time-nonexistent-local-time = does not exist in that time zone (a clock change skips it)
error-time-bad-instant = must be an RFC 3339 time with an offset, like 2026-03-14T10:00:00Z or 2026-03-14T15:00:00+05:00
error-time-offset-out-of-range = has an offset beyond ±18:00, which no place on Earth uses; give the offset from UTC, like +05:00, or Z
# $values are the words the field takes, as they are sent (not translated).
error-choice-one-of = must be one of: { $values }
error-nothing-to-change = nothing to change
error-date-shape = a day written YYYY-MM-DD
error-date-not-in-calendar = not a day of the calendar
error-language-not-offered = is not a language Majlis is offered in; choose one of: { $offered }
error-whole-number = a whole number
error-must-be-whole-number = must be a whole number
# $reason is the web server's own explanation (in English).
error-form-unreadable = { $reason }
# $expected is serde's list of the parameters there are, in English.
error-query-unknown-parameter = is not a parameter of this request; { $expected }
error-query-required = is required
error-query-out-of-range = is out of range
# $reason is serde's own explanation, in English.
error-query-unreadable = { $reason }

## Passwords

error-password-too-short = must be at least { $min } characters
error-password-too-long = must be at most { $max } characters
error-password-too-easy = is too easy to guess
# $advice is one or more of the hints below, separated by semicolons.
error-password-too-easy-advice = is too easy to guess: { $advice }
error-password-hint-straight-rows = straight rows of keys are easy to guess
error-password-hint-short-keyboard-patterns = short keyboard patterns are easy to guess
error-password-hint-repeats-like-aaa = repeats like "aaa" are easy to guess
error-password-hint-repeats-like-abcabc = repeats like "abcabcabc" are only slightly harder to guess than "abc"
error-password-hint-top-10 = this is a top-10 common password
error-password-hint-top-100 = this is a top-100 common password
error-password-hint-very-common = this is a very common password
error-password-hint-similar-to-common = this is similar to a commonly used password
error-password-hint-sequences-like-abc = sequences like abc or 6543 are easy to guess
error-password-hint-recent-years = recent years are easy to guess
error-password-hint-a-word-by-itself = a word by itself is easy to guess
error-password-hint-dates = dates are often easy to guess
error-password-hint-names-by-themselves = names and surnames by themselves are easy to guess
error-password-hint-common-names = common names and surnames are easy to guess
error-password-hint-use-a-few-words = use a few words, avoid common phrases
error-password-hint-no-need-for-symbols = no need for symbols, digits, or uppercase letters
error-password-hint-add-another-word = add another word or two, uncommon words are better
error-password-hint-capitalization = capitalization doesn't help very much
error-password-hint-all-uppercase = all-uppercase is almost as easy to guess as all-lowercase
error-password-hint-reversed-words = reversed words aren't much harder to guess
error-password-hint-substitutions = predictable substitutions like '@' instead of 'a' don't help very much
error-password-hint-longer-keyboard-pattern = use a longer keyboard pattern with more turns
error-password-hint-avoid-repeats = avoid repeated words and characters
error-password-hint-avoid-sequences = avoid sequences
error-password-hint-avoid-recent-years = avoid recent years
error-password-hint-avoid-your-years = avoid years that are associated with you
error-password-hint-avoid-your-dates = avoid dates and years that are associated with you
error-password-hint-fallback = add another word or two; uncommon words are better

## Accounts and seats

error-account-password-unchanged = must differ from the current password
error-account-wrong-current-password = is not your current password
error-account-missing = is missing
error-account-no-such-user = there is no user with this username
error-seat-party-missing = a delegation role needs the party it belongs to
error-seat-secretariat-party = the secretariat belongs to no party; leave the party empty
error-seat-none-in-group = this person has no seat in the group
error-demo-password-refused = { $reason } (checked for the demo account { $account }); choose a stronger one
error-account-no-such-account = there is no account with this username

## Who may do what

error-access-manage-meeting = only the secretariat or the chair's envoy may manage this meeting
error-access-administrator-only = only the administrator may do this
error-access-authorise-envoy-only = only an envoy may authorise a deputy
error-access-authorise-own-deputy = an envoy may authorise only a deputy of their own delegation
error-access-draft-text = only a member delegation or the secretariat may draft a text
error-access-change-text = only the penholder's delegation (or the secretariat for the chair) may change the text
error-access-propose-amendment = only a member party's envoy, deputy or delegate may propose an amendment
error-access-chair-or-secretariat = only the chair's envoy or the secretariat may do this
error-access-secretariat-no-position = the secretariat never records a party's position
error-access-members-only-voice = only member parties have a voice in decisions
error-access-own-party-only = you may act only for your own party
error-access-deputy-unauthorised = a deputy may act only while authorised by the envoy
error-access-envoy-speaks = only the envoy, or a deputy the envoy authorised, speaks for the party
error-access-record-later = only the secretariat records a decision taken before the group used Majlis
error-access-secretariat-only = only the secretariat may do this
error-access-report-own-party = you may report only for your own party, as its envoy, deputy or delegate
error-access-report-line = only a party that leads this line or takes part in it may report on it
error-access-record-for-party = only the secretariat or the party's own delegation may record this
error-access-own-engagements = a party records its own engagements, through its envoy, deputy or delegate
error-access-widen = only the originator's envoy may widen who sees this
error-access-authorisation-in-past = must be in the future
error-access-authorisation-too-long = must be within a year

## Groups, parties and tracks

error-group-not-a-party = { $party } is not a party of the group
error-group-not-a-member = { $party } is not a member party of the group
error-group-not-a-track = { $track } is not a track of the group
error-group-party-twice = party { $party } is listed twice
error-group-no-member = a group needs at least one member party
error-group-twice-in-rotation = { $party } appears twice in the rotation
error-group-quorum-out-of-range = must be between 1 and the number of members ({ $members })
error-group-silence-too-long = must be at most { $max }
error-group-no-language = a group needs at least one working language
error-group-already-a-party = { $party } is already a party of the group
error-group-joins-as-member = a party joins as an observer or a guest; members are set when the group is founded
error-group-not-a-party-of = { $party } is not a party of { $group }
error-group-not-a-member-of = { $party } is not a member party of { $group }
error-group-not-a-guest-of = { $party } is not a guest party of { $group }
error-track-named-twice = { $track } is named twice
error-track-in-use = { $track } is used by records and must stay
error-group-party-line = line { $line } must read: code, name, standing

## Meetings

# $from and $to are meeting statuses: planned, convened, concluded, cancelled.
error-meeting-transition-refused = a { $from } meeting cannot become { $to }
error-meeting-ends-before-start = must be after the start
error-meeting-not-of-group = is not a meeting of this group
error-meeting-no-rotation = the group has no rotation; name the host
# $status is a meeting status: concluded or cancelled.
error-meeting-is-history = a { $status } meeting is history and cannot be edited
error-meeting-agenda-order-incomplete = must list every agenda item of the meeting exactly once
error-meeting-cancelled-no-attendance = a cancelled meeting has no attendance
error-meeting-agenda-closed = the agenda of a { $status } meeting cannot change
error-meeting-start-and-end = give both the start and the end
error-meeting-up-or-down = must be up or down

## Texts, versions and brackets

error-document-bad-language-tag = must be a language tag such as ru, en, fa-AF or uz-Arab
error-text-language-is-negotiating = is the negotiating language itself
error-text-version-not-latest = version { $asked } is not the latest; the latest is version { $latest }
error-text-secretariat-no-national = the secretariat has no national papers; choose another distribution
# Several problems of one field, separated by semicolons.
error-text-list-of-problems = { $problems }
# $problem is one of the bracket problems below.
error-text-bracket-at = line { $line }, column { $column }: { $problem }
error-text-bracket-unclosed = bracket opened here is never closed
error-text-bracket-stray-close = “]]” closes a bracket that was never opened
error-text-bracket-nested = bracket opened inside another bracket; brackets cannot be nested, write the choices as alternatives separated by “||”
error-text-holder-list-unclosed = holder list opened here with “{"{"}” is never closed with “{"}"}”
error-text-holder-list-empty = holder list names no party; name the holders (e.g. {"{"}KZ,UZ{"}"}) or leave it out
error-text-holder-list-empty-entry = holder list has an empty entry (a comma too many?)
# $reason says what a party code must be.
error-text-holder-not-a-party = “{ $code }” in the holder list is not a party code: it { $reason }
error-text-bracket-empty = bracket has no text in any alternative
# A bracket still open: its number, where it opens, who holds it, its alternatives.
error-text-open-bracket = open bracket { $number } (line { $line }, column { $column }): { $alternatives }
error-text-open-bracket-held = open bracket { $number } (line { $line }, column { $column }) held by { $holders }: { $alternatives }
error-text-alternative = “{ $text }”
# An empty alternative: the choice to delete the passage.
error-text-alternative-nothing = nothing
error-text-list = { $first }, { $next }
error-text-choice = { $first } or { $last }
error-text-no-chair-to-hold-pen = the group has no chair yet to hold the pen; plan a meeting first
error-text-no-such-version = the text has no version { $version }
error-text-listed-needs-parties = a listed text must name the parties it goes to

## Amendments

error-amendment-passage-empty = the passage to replace is empty; quote the words the amendment changes
error-amendment-passage-not-found = the passage to replace does not appear in version { $version }
error-amendment-passage-not-unique = the passage to replace appears { $occurrences } times in version { $version }; quote more of it so it is unique
error-amendment-reason-missing = an amendment needs its reason
# $state is incorporated or declined.
error-amendment-already-settled = this amendment is already { $state }
# $reason says why the passage cannot be replaced in the latest version.
error-amendment-cannot-incorporate = cannot incorporate: { $reason }
error-amendment-decline-reason-missing = declining an amendment needs a reason

## Markings

error-marking-secretariat-no-national = the secretariat records nothing national; choose another distribution
error-marking-listed-needs-parties = a listed record must name the parties it goes to
error-marking-above-clearance = must not be above your own clearance
error-marking-only-widen = a record's distribution may only widen, and its classification only go down

## Opening a procedure

error-procedure-no-chair = the group has no chair to open a procedure
# $kind is a kind of text that is never adopted: chairs_summary or non_paper.
error-procedure-never-adopted = a { $kind ->
        [joint_statement] joint statement
        [chairs_summary] chair's summary
        [non_paper] non-paper
       *[other] { $kind }
    } is never adopted
error-procedure-still-open = procedure { $id } on this text is still open
error-procedure-session-by-consensus = a decision in session is taken by consensus in the room
# $status is a meeting status: planned, concluded or cancelled.
error-procedure-session-not-convened = a decision in session needs a convened meeting; this one is { $status }
error-procedure-nobody-present = no member party is recorded as present at the meeting; record the attendance first
error-procedure-no-such-version = no such version of this text
error-procedure-no-such-meeting = no such meeting
error-procedure-session-needs-meeting = a decision in session names its meeting
error-procedure-confirm-by-missing = an ad referendum position needs the date the capital will confirm by

## Procedures: why an act cannot be recorded now
# Instants ($deadline, $at, $now…) are written in UTC.

error-refusal-missing-objection-reason = an objection must give its reason
error-refusal-missing-decline-reason = declining an ad referendum position must give the capital's reason, as it stands as an objection
error-refusal-missing-concur-statement = concurring with a statement needs the statement
error-refusal-blank-stand-aside = the text of a stand aside must not be blank (it may be left out)
error-refusal-missing-break-reason = breaking silence needs the written objection or amendment
error-refusal-blank-interpretive-statement = an interpretive statement must not be blank
# $outcome is open, adopted, not_adopted, withdrawn or superseded.
error-refusal-closed = this procedure is closed: { $outcome ->
        [not_adopted] not adopted
       *[other] { $outcome }
    }
error-refusal-deadline-passed = the deadline passed at { $deadline }
error-refusal-before-opening = the procedure opens only at { $opened_at }
error-refusal-not-stamped-now = this act is dated { $at } but the server's time is { $now }: acts are recorded at the server's time
error-refusal-behind-last-act = the server's clock is behind the last act of this procedure ({ $last }); try again in a moment
# $act is an act of a silence procedure: break or statement.
error-refusal-wrong-kind-consensus = { $act ->
        [break] breaking silence
        [statement] a separate interpretive statement
       *[other] this act
    } has no place in a consensus round: record a position instead (object, or concur with a statement)
# $act is an act of a consensus round: position, confirm, decline or chair_note.
error-refusal-wrong-kind-silence = { $act ->
        [position] recording a position
        [confirm] confirming an ad referendum position
        [decline] declining an ad referendum position
        [chair_note] the chair's note of no objection
       *[other] this act
    } has no place in a silence procedure: break silence or lodge an interpretive statement instead
error-refusal-not-a-member = { $party } is not a member party with a voice in this procedure
error-refusal-no-ad-referendum-to-confirm = { $party } holds no ad referendum position to confirm
error-refusal-no-ad-referendum-to-decline = { $party } holds no ad referendum position to decline
error-refusal-confirmation-time-passed = the time for the capital of { $party } to confirm passed at { $confirm_by }; record a position instead
error-refusal-confirm-by-not-ahead = the capital's confirmation deadline ({ $confirm_by }) must be later than now
error-refusal-text-too-long = a text may have at most { $max } characters
error-refusal-extension-not-later = the new deadline must be later than the current one, { $current }
error-refusal-party-has-spoken = { $party } has recorded its own position: a chair's note never replaces a party's act
error-refusal-already-noted = the chair has already noted no objection from { $party }
error-refusal-note-outside-session = the chair notes "no objection heard" only in a decision in session, for a party present
error-refusal-deadline-not-after-opening = the deadline must be after the opening
error-refusal-silence-too-short = the silence must last at least { $min_hours } hours: the deadline can be { $earliest } at the earliest

## Decisions recorded later

error-record-later-in-future = a decision recorded later was taken on a day that has come; this one is in the future
error-record-later-meeting-not-begun = had not begun when the decision is said to be adopted
error-record-later-reported-twice = { $party } is reported twice
# $position is stand_aside, ad_referendum or object.
error-record-later-not-concurring = { $party } is reported as { $position ->
        [concur_with_statement] concur with statement
        [stand_aside] stand aside
        [ad_referendum] ad referendum
       *[other] { $position }
    }: a decision is adopted only when every member party concurs or joins consensus, so this text was not adopted
error-record-later-position-missing = { $party } is a member party and its position is missing
error-record-later-statement-missing = concur_with_statement needs its statement
error-record-later-unknown-position = each position must be one of: concur, concur_with_statement, stand_aside, ad_referendum, object

## Roadmaps

error-roadmap-leads-missing = name at least one party that leads the line
error-roadmap-due-before-start = the line cannot be due before it starts
error-roadmap-report-in-future = a report is as of today or an earlier day
error-roadmap-not-started-progress = a line not started has 0 % progress
error-roadmap-done-progress = a line done has 100 % progress
error-roadmap-party-would-not-see = { $party } is on the line and would not see it; distribute it to { $party } too
error-roadmap-percent = must be a whole number from 0 to 100
error-roadmap-no-such-decision = no decision of the group has the id { $id }
error-roadmap-line-hidden-from-you = the line would be hidden from you: list the chair's party too
error-roadmap-decision-id = a decision's id is a whole number from 1

## Agreements and engagements

error-agreement-count = a count is a whole number of at least 1
error-agreement-signed-in-future = an agreement is recorded once signed: the date cannot be in the future
error-agreement-same-party = an agreement is with another party
error-engagement-in-future = record an engagement once it has taken place
error-engagement-no-track = name at least one track
error-engagement-summary-missing = say what was discussed

## Figures, periods and money

error-period-not-a-date = not a date: write it as YYYY-MM-DD, a day that exists
error-period-ends-before-start = the period ends before it starts
error-money-unknown-currency = not an ISO 4217 currency code (three capitals, such as USD)
error-money-not-an-amount = not an amount: write digits, with at most { $decimals } { $decimals ->
        [one] decimal
       *[other] decimals
    } for this currency
error-money-negative = an amount may not be negative
error-money-too-large = the amount is too large
error-figures-flow-negative = a flow is never below zero
error-figures-target-not-positive = a target is above zero
error-figures-same-party = a figure is between two different parties
error-figures-bad-url = a web link starting with https:// or http://, without spaces
error-figures-not-exact-decimal = a decimal number as text: digits, optionally a point and up to 8 more

## Importing a table of figures

error-import-unknown-columns = the columns are neither ours ({ $ours }) nor UN Comtrade's (refYear or period, reporterISO, partnerISO, flowCode, primaryValue)
error-import-value-missing = a value is needed
error-import-not-a-decimal = not a decimal number (digits, one optional point)
# $code is the code as written in the file, in quotes.
error-import-not-alpha2 = { $code } is not an ISO 3166-1 alpha-2 country code
error-import-not-alpha3 = { $code } is not an ISO 3166-1 alpha-3 country code
error-import-source-missing = name the source, in this column or for the whole file
error-import-comtrade-source-missing = name the source of a Comtrade file (for example "UN Comtrade")
error-import-unknown-flow-code = { $code }: only X (exports) and M (imports) are read
# $wanted and $flow are exports, imports or turnover.
error-import-other-flow = this indicator counts { $wanted }, and this row is { $flow }
error-import-not-a-trade-flow = this indicator is not a trade flow; Comtrade rows cannot go into it
error-import-second-flow-row = a second { $flow } row for this reporter, partner and period (first on row { $first_row })
error-import-sum-too-large = the sum is too large
error-import-turnover-incomplete = { $reporter }–{ $partner } { $period } has only { $flow }; turnover needs both X and M
# $reason is the CSV reader's own explanation (in English).
error-import-header-unreadable = the header cannot be read: { $reason }
error-import-row-unreadable = this row cannot be read: { $reason }
error-import-no-rows = the file has no rows of figures
error-import-no-secretariat = { $group } has no such secretariat account
error-import-several-secretariats = { $group } has several secretariat accounts: name one with --as

## Conflicts with what is recorded

error-conflict-signing-key-exists = the signing key exists already
error-conflict-seat-exists = this person already has a seat in the group
error-conflict-language-version-exists = this version already has a text in that language
error-conflict-username-taken = a user with this username already exists
error-conflict-group-code-taken = a group with this code already exists
error-conflict-party-in-group = this party is already in the group
error-conflict-decision-exists = this procedure already has its decision
error-conflict-indicator-exists = the group already has an indicator { $code }
error-conflict-amendment-settled = this amendment has already been settled
error-conflict-procedure-closed = this procedure is already closed

## Problem answers of the API (RFC 9457 problem+json)

problem-unauthenticated-title = Not signed in
problem-unauthenticated-detail = sign in first
problem-bad-credentials-title = Sign-in refused
problem-bad-credentials-detail = the username or password is not right
problem-too-many-attempts-title = Too many attempts
problem-too-many-attempts-detail = too many failed sign-in attempts; try again in { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }
problem-not-found-title = Not found
problem-not-found-detail = there is nothing here, or you may not see it
problem-forbidden-title = Not allowed
problem-invalid-input-title = Invalid input
# $fields lists each refused field with its message (problem-field), separated by semicolons.
problem-invalid-input-detail = check these fields: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Invalid rows
# $rows lists the first ten bad rows (problem-row), separated by semicolons.
problem-invalid-rows-detail = nothing was stored; fix these rows: { $rows }
problem-invalid-rows-detail-more = nothing was stored; fix these rows: { $rows }; and { $more } more
problem-row = row { $row }, { $field }: { $message }
problem-conflict-title = Conflict with the current state
problem-internal-title = Internal error
problem-internal-detail = the server could not complete this request; it has been logged
problem-too-large-title = Request body too large
problem-send-json-title = Send JSON
problem-invalid-json-title = Invalid JSON body
problem-invalid-query-title = Invalid query string
# $parameters lists each refused parameter with its message (problem-field).
problem-invalid-query-detail = check these parameters: { $parameters }
problem-bad-request-title = Bad Request
problem-method-not-allowed-title = Method Not Allowed
problem-payload-too-large-title = Payload Too Large
# $method is the HTTP method asked (GET, POST…); $allowed lists those the address answers.
problem-method-not-allowed-detail = this address does not answer { $method }; it answers { $allowed }
# $reason is the title of the problem, in lowercase.
problem-refused-detail = the request was refused: { $reason }
problem-csrf-title = Cross-site request refused
problem-csrf-detail = this request did not come from a Majlis page; send it from the same origin or with the X-CSRF-Token header
problem-send-csv-title = Send CSV
problem-send-csv-detail = send the table as text/csv
problem-bearer-on-form-title = Bearer token not accepted here
problem-bearer-on-form-detail = pages and forms are signed in with the session cookie only; send requests with Authorization: Bearer to /api/v1

# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = must be the sequence number of a journal entry: a whole number, 0 or more
