# A group's texts and one text's page (templates/texts.html, text.html,
# src/http/pages/texts/).

texts-breadcrumbs = Breadcrumbs
texts-breadcrumb = Texts

## The list of a group's texts

# $group is the group's code.
texts-title = Texts of { $group }
# $group is the group's name as entered.
texts-heading = Texts of the { $group }
texts-lede = Drafts under negotiation and adopted texts distributed to you.
texts-link-decisions = Decisions
texts-link-public-record = public record
texts-empty = No text is distributed to you yet.
texts-table-label = Texts
texts-column-title = Title
texts-column-kind = Kind
texts-column-penholder = Penholder
texts-column-distribution = Distribution
texts-column-classification = Classification

texts-draft = Draft a text
texts-title-label = Title
texts-kind-label = Kind
texts-negotiating-language = Negotiating language
texts-negotiating-language-hint = A language tag: ru, en, fa-AF, uz-Arab…
texts-body-label = Text
# $example is a bracket written the way the text expects it (texts-body-hint-example).
texts-body-hint = Put passages not yet agreed in brackets, with their holders and alternatives: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} agree || take note]]
texts-distribution-label = Distribution
texts-listed-parties = Listed parties
texts-listed-parties-hint = For a listed text: party codes separated by commas.
texts-classification-label = Classification
texts-circulate = Circulate the draft

## Notices after a change

texts-notice-created = The draft is circulated.
texts-notice-version = The new version is issued.
texts-notice-amendment = The amendment is proposed.
texts-notice-incorporated = The amendment is incorporated in a new version.
texts-notice-declined = The amendment is declined.
texts-notice-language = The language version is added.

## One text's page

# $penholder is a party's code, $distribution and $classification the text's marking,
# $language the tag of the language it is negotiated in.
texts-lede-marking = Penholder { $penholder } · distribution { $distribution } · { $classification } · negotiated in { $language }
texts-version = Version { $version }
# $party is the code of the party whose amendment the version took in.
texts-version-credited = (incorporating an amendment of { $party })
texts-open-brackets = { $count ->
        [one] { $count } open bracket: the text cannot go to a decision until they are lifted.
       *[other] { $count } open brackets: the text cannot go to a decision until they are lifted.
    }
# An empty alternative in a bracket: the choice to delete the passage.
texts-bracket-delete = (delete)
# The tooltip of a bracket. $number counts the text's brackets; $alternatives lists the choices.
texts-bracket-describe = bracket { $number } (line { $line }, column { $column }): { $alternatives }
texts-bracket-describe-held = bracket { $number } (line { $line }, column { $column }) held by { $holders }: { $alternatives }
texts-bracket-alternative = “{ $text }”
texts-bracket-alternative-long = “{ $text }…”
texts-bracket-alternative-nothing = nothing
# Joins the choices of a bracket: "a or b", then "a, b or c".
texts-bracket-or = { $first } or { $last }
texts-bracket-list = { $first }, { $rest }

# $version is the number of the version the language versions render.
texts-language-versions = Language versions of version { $version }
texts-language-status-authentic = authentic
texts-language-status-translation = translation
texts-prevailing = prevailing

texts-procedures = Decision procedures
texts-procedures-none = None yet.
# $kind is the kind of procedure, $version the version of the text it decides on.
texts-procedure-on-version = { $kind } on version { $version }
texts-open-procedure = Open a procedure
texts-open-procedure-on = Open a procedure on version { $version }
texts-procedure-label = Procedure
texts-procedure-in-session = decision in session (parties present at a convened meeting)
texts-procedure-meeting = Meeting (for a decision in session)
texts-procedure-meeting-none = none
# $zone is the reader's time zone, such as Asia/Tashkent.
texts-procedure-deadline = Deadline ({ $zone })
texts-procedure-open = Open

texts-amendments = Amendments
texts-amendments-none = No amendment has been proposed.
# $party is the proposing party's code; $version the version it amends.
texts-amendment-heading = { $party } on version { $version }
texts-amendment-proposed = proposed
texts-amendment-incorporated = incorporated
texts-amendment-declined = declined
texts-amendment-reason = Reason:
texts-amendment-answer = Penholder's answer:
texts-incorporate = Incorporate
texts-decline-reason = Reason for declining
texts-decline = Decline
texts-propose = Propose an amendment
texts-propose-to = Propose an amendment to version { $version }
texts-passage = Passage to replace
texts-replacement = Replacement
texts-reason = Reason
texts-propose-button = Propose

texts-add-language-to = Add a language version of version { $version }
texts-add-language = Add a language version
texts-language-label = Language
texts-language-hint = A language tag: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Status
texts-prevailing-label = Prevailing in case of divergence
texts-add-language-button = Add the language version
texts-new-version = Issue a new version
texts-new-version-body = Text of version { $version }
texts-new-version-button = Issue version { $version }

texts-versions = Versions
# $party is the code of the party whose amendment the version took in.
texts-version-credits = credits { $party }
