# The inbox: what needs the reader's party now, and what was decided lately.

inbox-title = Inbox
inbox-heading = Inbox
inbox-lede = What needs you or your party now, and what was decided in the last two weeks.
inbox-empty = Nothing needs you now.

## The badge of each item

inbox-label-needs-your-party = needs your party
inbox-label-deadline-soon = deadline within 24 hours
inbox-label-open = open
inbox-label-adopted = adopted
inbox-label-not-adopted = not adopted
inbox-label-silence-broken = silence broken

## What an item asks of the reader

inbox-detail-position-needed = Your party's position is needed.
inbox-detail-under-silence = Under silence: keep silent to adopt, or break it with an objection.
# $kind: consensus or silence, the kind of procedure.
inbox-detail-open = { $kind ->
    [silence] The silence procedure is open.
   *[consensus] The consensus round is open.
}
inbox-detail-adopted = Adopted.
# $party: the code of the party that broke silence.
inbox-detail-silence-broken = Silence broken by { $party }.
# $when: a date and time.
inbox-closed = Closed { $when }.
inbox-deadline = Deadline { $when }.
