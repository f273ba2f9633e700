# Papers circulated between meetings and their attachments (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs), and the refusals of their
# rules (src/domain/paper.rs, attachment.rs, access.rs).

## The kinds of paper (paper-kind-<stored word>)

paper-kind-non-paper = non-paper
paper-kind-note-verbale = note verbale
paper-kind-background = background note
paper-kind-report = report
paper-kind-letter = letter
paper-kind-other = other paper

## The group page's link

group-papers-link = Papers circulated

## The list of a group's papers

papers-breadcrumbs = Breadcrumbs
papers-breadcrumb = Papers
# $group is the group's code.
papers-title = Papers of { $group }
# $group is the group's name as entered.
papers-heading = Papers of the { $group }
papers-lede = Notes verbales, background notes, reports, letters and non-papers distributed to you.
papers-count = { $count ->
        [one] One paper is distributed to you.
       *[other] { $count } papers are distributed to you.
    }
papers-empty = No paper is distributed to you yet.
papers-table-label = Papers
papers-column-symbol = Symbol
papers-column-title = Title
papers-column-kind = Kind
papers-column-distribution = Distribution
papers-column-classification = Classification
papers-no-symbol = no symbol

papers-circulate = Circulate a paper
papers-title-label = Title
papers-kind-label = Kind
papers-kind-hint = Every kind but a non-paper is issued under a symbol of the group.
papers-language-label = Language
papers-language-hint = A language tag: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Text
papers-body-hint = Written in CommonMark: *emphasis*, **strong emphasis**, lists, headings and links.
papers-distribution-label = Distribution
papers-listed-label = Listed parties
papers-listed-hint = For a paper distributed to listed parties: party codes separated by commas.
papers-classification-label = Classification
papers-circulate-button = Circulate the paper
papers-notice-created = The paper is circulated.

## One paper's page

# $kind, $distribution and $classification are the paper's words, $language the tag of its
# language.
papers-lede-marking = { $kind } · distribution { $distribution } · { $classification } · in { $language }
# $party is the code of the party that circulated the paper.
papers-circulated-by = Circulated by { $party }
papers-circulated-by-secretariat = Circulated by the secretariat
# $parties are party codes separated by commas.
papers-listed-to = Listed to { $parties }
papers-attachments = Attachments
papers-attachments-none = No file is attached.
papers-attachments-label = Attachments
papers-column-file = File
papers-column-type = Type
papers-column-size = Size
# $size is a number of bytes.
papers-size-bytes = { $size } bytes
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = At most { $max }. The file is stored once and is seen only by those who see this paper.
papers-attach-label = File to attach
papers-attach-button = Attach file
papers-notice-attached = The file is attached.

## Refusals

error-access-circulate-paper = only the secretariat, or the envoy, deputy or delegate of a member party, circulates a paper
error-access-attach-paper = only the delegation that circulated the paper (the secretariat, for its own papers) attaches files to it
error-conflict-paper-symbol = another paper took this symbol at the same moment; send the paper again
error-conflict-attachment-exists = the paper holds this file already
# $max is a number of bytes.
error-attachment-file-name-too-long = must be at most { $max } bytes long
error-attachment-file-name-path = must be a file's name alone, without / or \ and other than . or ..
error-attachment-file-name-control = must not contain control characters
error-attachment-media-type = must be a media type such as application/pdf, sent as the Content-Type header
# $declared is the media type the file was sent as.
error-attachment-media-type-lies = the file's content is not { $declared }; send its true media type, or application/octet-stream
error-attachment-empty = the file is empty
error-attachment-interrupted = the upload ended before the whole file arrived
# $max is the limit in MiB, $bytes the same in bytes.
error-attachment-too-large = The file is larger than { $max } MiB ({ $bytes } bytes), the most a paper may hold; send a smaller file.
