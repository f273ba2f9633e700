# A group's journal: every change, newest first, each entry chained to the one before.

journal-title = Journal of { $code }
journal-breadcrumbs = Breadcrumbs
journal-breadcrumb-groups = Groups
journal-breadcrumb-journal = Journal
# $group: the group's name.
journal-heading = Journal of the { $group }
journal-lede = Every change, newest first. Each entry carries the hash of the one before it, so that no entry can be changed or removed without it showing. Entries you may not read show only their hash.
journal-empty = Nothing has been recorded yet.
# An entry whose distribution leaves the reader out; $seq is its number.
journal-entry-redacted = Entry { $seq }, not distributed to you
# Who made an entry: a person's name, or one of the two below.
journal-entry-by = by { $actor }
journal-entry-by-party = by { $actor } ({ $party })
journal-actor-installation = the installation
# A person the reader does not see in the group, by account number.
journal-actor-user = user { $id }
