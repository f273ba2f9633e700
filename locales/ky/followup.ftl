# The agreements registry and the engagement records (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Breadcrumbs

## Agreements

# The page's title in the browser; $group is the group's code.
followup-agreements-title = Agreements of { $group }
followup-agreements-breadcrumb = Agreements
# $group is the group's name.
followup-agreements-heading = Agreements of the { $group }'s parties
followup-agreements-lede = Accords the parties have signed with their counterparts, each with its source. Totals are per party and currency, over the agreements you may see; amounts in different currencies are never added together.
followup-totals-heading = Totals
followup-agreements-none = No agreements you may see.
followup-column-party = Party
followup-column-agreements = Agreements
followup-column-value = Value
# A party's total when none of its agreements has a value.
followup-no-value = no value recorded
followup-registry-heading = Registry
followup-registry-label = Agreements
followup-column-agreement = Agreement
followup-column-parties = Parties
followup-column-track = Track
followup-column-signed = Signed
followup-column-count = Count
followup-column-status = Status
followup-column-source = Source
followup-column-distribution = Distribution
# When and where an agreement was signed: $date is a date, $place as entered.
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = signed
followup-agreement-status-in-force = in force
followup-agreement-status-implemented = implemented
followup-agreement-status-stalled = stalled
followup-agreement-status-terminated = terminated

followup-agreement-record-heading = Record an agreement
followup-field-title = Title
followup-field-party = Party
followup-field-counterpart-code = Counterpart (code)
followup-field-track = Track
followup-field-signed-on = Signed on
followup-field-place = Place
followup-field-count = How many agreements this entry stands for
# Shown under the field when what was entered is not a whole number.
followup-count-not-whole = a whole number
followup-field-value = Value
followup-field-value-help = In whole units of the currency, e.g. 2500000000; leave empty when none was announced.
followup-field-currency = Currency (ISO 4217)
followup-field-status = Status
followup-field-source = Source
followup-field-source-link = Link to the source
followup-field-who-sees-it = Who sees it
followup-sees-group = The group
followup-sees-members = Members only
followup-sees-national = My delegation only
followup-sees-public = Everyone
followup-agreement-record-button = Record the agreement

## Engagement with the authorities

# The page's title in the browser; $group is the group's code.
followup-engagements-title = Engagement with the authorities: { $group }
followup-engagements-breadcrumb = Engagement
followup-engagements-heading = Engagement with the authorities
followup-engagements-lede = Each party's own record of its contacts with the authorities of a counterpart. A record is seen by its own delegation only, unless its envoy widens who sees it.
followup-engagements-records-heading = Records you may see
followup-engagements-none = No records you may see.
# A record's heading: $party (a code) met $counterpart at $place on $date.
followup-engagement-heading = { $party } with { $counterpart }, { $place }, { $date }
followup-engagement-level = Level
followup-engagement-tracks = Tracks
followup-engagement-summary = Summary
followup-engagement-follow-up = Follow-up
followup-widen-confirm = Let more people see this record? This cannot be undone.
followup-widen-label = Let see it
followup-widen-members = the members
followup-widen-group = the whole group
followup-widen-public = everyone
followup-widen-button = Widen
# $party is the code of the reader's party.
followup-engagement-record-heading = Record a contact of { $party }
followup-engagement-form-label = Record an engagement
followup-field-date = Date
# The place a new record's form suggests.
followup-engagement-place-default = Kabul
followup-engagement-level-example = Special representative
followup-field-counterpart = Counterpart
followup-engagement-counterpart-example = Ministry of Commerce and Industry
followup-engagement-sees-members = The members
followup-engagement-sees-group = The whole group
followup-engagement-record-button = Record
