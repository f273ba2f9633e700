# Roadmaps and their action lines (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Breadcrumbs
roadmaps-breadcrumb = Roadmaps

## A line's status, as its latest report gives it

roadmaps-status-not-started = not started
roadmaps-status-in-progress = in progress
roadmaps-status-done = done
roadmaps-status-delayed = delayed
roadmaps-status-cancelled = cancelled

## After a form is sent

roadmaps-notice-roadmap = The roadmap is recorded.
roadmaps-notice-line = The action line is added.
roadmaps-notice-report = Your report is recorded.

## The group's roadmaps

# The page's title in the browser; $group is the group's code.
roadmaps-list-title = Roadmaps of { $group }
# $group is the group's name.
roadmaps-list-heading = Roadmaps of the { $group }
roadmaps-list-lede = The plans the group follows through, with the action lines distributed to you.
roadmaps-list-none = No roadmap is recorded yet.
roadmaps-column-roadmap = Roadmap
roadmaps-column-from = From
roadmaps-column-to = To
roadmaps-column-adopted-by = Adopted by
roadmaps-column-lines = Action lines
roadmaps-column-overdue = Overdue
roadmaps-no-decision = no decision named
# How many of a roadmap's lines are past their due date.
roadmaps-overdue-count = { $count } overdue
roadmaps-record-heading = Record a roadmap
roadmaps-field-title = Title
roadmaps-field-starts-on = Starts on
roadmaps-field-ends-on = Ends on
roadmaps-field-decision = Adopted by decision
roadmaps-field-decision-none = none
roadmaps-record-button = Record the roadmap

## A roadmap

# $group is the group's name; $from and $to are dates.
roadmaps-roadmap-lede = A roadmap of the { $group }, from { $from } to { $to }
# As above; $decision is the symbol of the decision that adopted the roadmap.
roadmaps-roadmap-lede-adopted = A roadmap of the { $group }, from { $from } to { $to } · adopted by { $decision }
roadmaps-lines-heading = Action lines
roadmaps-lines-none = No action line is distributed to you.
roadmaps-column-line = Action line
roadmaps-column-track = Track
roadmaps-column-led-by = Led by
roadmaps-column-due = Due
roadmaps-column-status = Status
roadmaps-column-progress = Progress
# The badge beside a line past its due date.
roadmaps-overdue = overdue
# $line is the action line's title.
roadmaps-line-progress-label = Progress of { $line }
roadmaps-add-line-heading = Add an action line
roadmaps-field-leads-hint = Party codes separated by commas, e.g. KG, TJ.
roadmaps-field-participants = Taking part
roadmaps-field-participants-hint = Other parties, separated by commas.
roadmaps-field-due-on = Due on
roadmaps-field-deliverable = Deliverable
roadmaps-field-distribution = Distribution
roadmaps-field-distribution-hint = Every party on the line must be able to see it.
roadmaps-field-listed = Listed parties
roadmaps-field-listed-hint = For a listed line: party codes separated by commas, the chair's party among them.
roadmaps-field-classification = Classification
roadmaps-add-line-button = Add the line

## An action line

# $progress is a whole number of per cent.
roadmaps-progress-done = { $progress } % done
roadmaps-line-heading = The line
roadmaps-no-other-party = no other party
roadmaps-line-starts = Starts
roadmaps-report-heading = Report progress
roadmaps-field-party = For the party
# $party is the code of the reader's party.
roadmaps-field-party-hint = Your party, { $party }.
roadmaps-field-progress = Progress (per cent)
roadmaps-report-button = Record the report
roadmaps-reports-heading = Progress reports
roadmaps-reports-none = No party has reported on this line yet.
roadmaps-column-as-of = As of
roadmaps-column-party = Party
roadmaps-column-summary = Summary
roadmaps-column-recorded-by = Recorded by
