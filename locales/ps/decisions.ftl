# A decision's record page and the list of a group's decisions (templates/decision.html,
# decisions.html, src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = Breadcrumbs
decisions-breadcrumb = Decisions

## The list

# $group is the group's code.
decisions-title = Decisions of { $group }
# $group is the group's name as entered.
decisions-heading = Decisions of the { $group }
decisions-empty = No decision distributed to you yet.

## A decision's record

decisions-adopted = Adopted
decisions-record = Record
# $name is the display name of who recorded the decision, $date the day they did.
decisions-recorded-later = Recorded later by { $name } on { $date }
decisions-procedure = Procedure
# $procedure is the kind of procedure, a link to it; $when the day and time it opened.
decisions-procedure-opened = { $procedure }, opened { $when }
decisions-text = Text
decisions-version = version { $version }
decisions-distribution = Distribution
# $language is the tag of the language the text was negotiated in.
decisions-text-authentic = Text ({ $language }, authentic)
decisions-status-authentic = authentic
decisions-status-translation = translation
# $language is a language tag, $status whether that version is authentic or a translation.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, prevailing)
decisions-positions = Positions of the member parties
decisions-positions-reported = Positions of the member parties, as reported by the secretariat
# $party is a party's code, $position its position.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (as reported by the secretariat)
decisions-position-kept-silence = { $party }: kept silence
decisions-position-kept-silence-absent = { $party }: kept silence (absent from the session)
decisions-statements = Interpretive statements
decisions-evidence-link = Download the evidence bundle (JSON)
# Follows the link decisions-evidence-link; $command is the command that checks the bundle.
decisions-evidence-check = — check it offline with { $command }.
