# The group's public record: adopted decisions on public texts, readable without signing in.

# $group: the group's name.
public-title = Public record of { $group }
public-heading = Public record of the { $group }
public-lede = Decisions the group adopted and made public. Each text carries the SHA-256 hash of its canonical form, so that any copy can be checked against the record.
public-empty = The group has not published a decision yet.
# $date: the date and time of adoption.
public-adopted = Adopted { $date }
public-statements-heading = Interpretive statements
