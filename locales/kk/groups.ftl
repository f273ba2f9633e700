# The person's groups, and a group's page.

## The list of the person's groups

groups-title = Your groups
groups-heading = Your groups
groups-empty = You are not placed in any group yet. Ask your installation's administrator to add you to your party's delegation.
groups-found-a-group = Found a group

# A group's parties by standing, e.g. "4 members, 1 observer": each part is one of these,
# joined by groups-composition-separator.
groups-composition-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
groups-composition-observers = { $count ->
    [one] { $count } observer
   *[other] { $count } observers
}
groups-composition-guests = { $count ->
    [one] { $count } guest
   *[other] { $count } guests
}
groups-composition-separator = {", "}

## A group's page

group-breadcrumbs = Breadcrumbs
group-breadcrumb-groups = Groups
group-work-nav = The group's work
group-nav-dashboard = Dashboard
group-nav-roadmaps = Roadmaps
group-nav-figures = Figures
group-nav-agreements = Agreements
group-nav-engagements = Engagement with the authorities

group-meetings-heading = Meetings
group-plan-meeting = Plan the next meeting
group-meetings-hidden = Meetings are seen by the group's delegations and secretariat only.
group-meetings-empty = No meetings yet.
group-meetings-table = Meetings
group-meeting-column = Meeting
group-when-column = When
group-where-column = Where
group-status-column = Status
# $party: the name of the party that hosts the meeting.
group-meeting-host = host { $party }
# $time: the start of a meeting on the reader's own clock.
group-meeting-viewer-time = { $time } your time

group-about-heading = About the group
group-code = Code
group-working-languages = Working languages
group-secretariat-time-zone = Secretariat time zone
group-rotation = Rotation
group-quorum = Quorum
group-quorum-value = { $quorum } of { $members ->
    [one] { $members } member
   *[other] { $members } members
}
# The quorum when the group set none: more than half of its members.
group-quorum-majority = { $quorum } of { $members ->
    [one] { $members } member
   *[other] { $members } members
} (more than half)
group-min-silence = Minimum silence period
group-min-silence-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
group-texts-link = Texts under negotiation
group-decisions-link = Decisions
group-public-record-link = public record
group-journal-link = The group's journal

group-parties-heading = Parties and delegations
group-parties-table = Parties and delegations
group-party-column = Party
group-standing-column = Standing
group-delegation-column = Delegation
group-no-one-placed = no one placed yet
group-secretariat-heading = Secretariat
group-authorisations-heading = Deputies authorised to record positions
# $party: the party's code; $name: its name; $deputy and $envoy: people's names; $until:
# a date and time.
group-authorisation = { $party } ({ $name }): { $deputy } authorised by { $envoy } until { $until }
