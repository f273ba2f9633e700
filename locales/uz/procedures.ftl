# A procedure's page: where each party stands, the acts the reader may record, the timeline
# (templates/procedure.html, src/http/pages/procedures/).

procedures-breadcrumbs = Breadcrumbs
# $kind is the kind of procedure, $title the text's title as entered, $version the version
# the procedure decides on.
procedures-heading = { $kind } on “{ $title }”, version { $version }
# The page's title in the browser.
procedures-title = { $kind } on { $title }
procedures-deadline = Deadline
# $when is a date and time on the reader's own clock, with its city.
procedures-your-time = { $when } your time
procedures-notice-opened = The procedure is open; every member party is notified in its inbox.
procedures-notice-recorded = Recorded.
# $decision is the decision's symbol, a link to its record.
procedures-adopted-as = Adopted as { $decision }.
procedures-not-adopted = Not adopted

## Why a procedure was not adopted

procedures-reason-objected = { $party } objects: { $reason }
procedures-reason-not-answered = { $party } did not answer
# $due is the date and time the capital's confirmation was due.
procedures-reason-unconfirmed = { $party } concurred ad referendum and its capital did not confirm (due by { $due })
procedures-reason-broke-silence = { $party } broke silence: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] { $concurring } party concurred where { $quorum } are needed; the others stood aside
       *[other] { $concurring } parties concurred where { $quorum } are needed; the others stood aside
    }

## Where each party stands

procedures-parties = Where each party stands
# $hash is the SHA-256 of the version under the procedure.
procedures-hash = The text under the procedure: SHA-256 { $hash }.
# $quorum is how many parties must concur.
procedures-quorum = Quorum { $quorum }.
procedures-parties-label = Parties
procedures-column-party = Party
procedures-column-position = Position
procedures-column-text = Text
procedures-column-recorded = Recorded
procedures-position-none = no answer yet
procedures-position-broke-silence = broke silence
procedures-position-silent = silent
# $when is when the act was recorded, $user the username of who recorded it.
procedures-recorded-by = { $when } by { $user }
procedures-statements = Interpretive statements

## Recording a position (consensus)

# $party is the code of the party the reader acts for.
procedures-record-heading = Record the position of { $party }
procedures-record-label = Record a position
procedures-position = Position
procedures-choice-concur = Concur
procedures-choice-concur-with-statement = Concur, with an interpretive statement
procedures-choice-stand-aside = Stand aside (do not block; do not apply)
procedures-choice-ad-referendum = Ad referendum (subject to the capital's confirmation)
procedures-choice-object = Object (blocks; give the reason)
procedures-statement = Statement (with a statement, or standing aside)
procedures-reason = Reason (an objection)
procedures-confirm-by = Capital confirms by (ad referendum, your time)
procedures-record-button = Record position
procedures-capital-confirms = The capital confirms
procedures-capital-reason = The capital's reason
procedures-capital-declines = The capital declines

## Silence

procedures-for-party = For { $party }
procedures-lodge-label = Lodge a statement
procedures-interpretive-statement = Interpretive statement (does not break silence)
procedures-lodge-button = Lodge the statement
procedures-break-label = Break silence
procedures-break-confirm = Breaking silence ends the procedure at once: the text is not adopted. Continue?
procedures-written-objection = Written objection
procedures-amendment-offered = Amendment offered (optional)
procedures-break-button = Break silence

## The chair

procedures-chair = The chair
procedures-chair-note-help = For a present party that has said nothing, the chair may note that no objection was heard. The record shows it as the chair's note; the party may still record its own position.
procedures-chair-note-button = No objection heard from { $party }
procedures-extend-label = Extend the deadline
procedures-new-deadline = New deadline (your time)
procedures-extend-button = Extend
procedures-withdraw-confirm = Withdraw this procedure?
procedures-withdraw-button = Withdraw

## The timeline: $when is a date and time on the reader's clock, $party a party's code.

procedures-timeline = Timeline
procedures-opened = Opened { $when }
procedures-event-position = { $when } · { $party } position
procedures-event-confirm = { $when } · { $party } confirm
procedures-event-decline = { $when } · { $party } decline
procedures-event-break = { $when } · { $party } break
procedures-event-statement = { $when } · { $party } statement
procedures-event-chair-note = { $when } · { $party } chair note
procedures-event-extend = { $when } · extend
procedures-event-withdraw = { $when } · withdraw
procedures-event-superseded = { $when } · superseded
# $outcome is how the procedure ended (adopted, not adopted, withdrawn…).
procedures-event-closed = { $when } · { $outcome }
