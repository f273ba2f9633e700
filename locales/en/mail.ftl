# Mail: notices sent to a person's address, in their language (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Your position is requested: { $title }
mail-subject-asked-silence = [{ $group }] Silence procedure opened: { $title }
mail-subject-deadline = [{ $group }] Deadline in one day: { $title }
mail-subject-adopted = [{ $group }] Decision adopted: { $symbol } { $title }
mail-asked-consensus = The chair has opened a consensus round on “{ $title }”. { $party } is requested to record its position by { $deadline }.
mail-asked-silence = The chair has placed “{ $title }” under the silence procedure until { $deadline }. If no member party breaks silence by then, the text is adopted.
mail-deadline-consensus = The consensus round on “{ $title }” closes on { $deadline }. The position of { $party } has not yet been recorded.
mail-deadline-silence = The silence procedure on “{ $title }” ends on { $deadline }. If no member party breaks silence by then, the text is adopted.
mail-adopted = The group has adopted “{ $title }” as decision { $symbol } on { $date }.
mail-marking = Marking: { $classification }
mail-excerpt = From the text:
mail-not-quoted = The text bears a marking above unclassified and is therefore not reproduced in mail.
mail-open = Open in Majlis: { $link }
mail-footer = You can choose which notices you receive, or a daily digest, in your profile: { $link }
mail-digest-subject = Majlis: daily digest ({ $count })
mail-digest-intro = Notices since your last digest:
