# A meeting's page and the form that plans one (templates/meeting.html, meeting_form.html,
# src/http/pages/meetings.rs).

meetings-breadcrumbs = Breadcrumbs
meetings-breadcrumb-new = New meeting

## The name a meeting goes by. $ordinal is its number among the group's meetings of that
## format, selected by the language's ordinal rules (1st, 2nd, 3rd, 4th…).

meetings-name-envoys = { $ordinal ->
        [one] { $ordinal }st meeting
        [two] { $ordinal }nd meeting
        [few] { $ordinal }rd meeting
       *[other] { $ordinal }th meeting
    }
meetings-name-senior-officials = { $ordinal ->
        [one] { $ordinal }st meeting of senior officials
        [two] { $ordinal }nd meeting of senior officials
        [few] { $ordinal }rd meeting of senior officials
       *[other] { $ordinal }th meeting of senior officials
    }
meetings-name-experts = { $ordinal ->
        [one] { $ordinal }st meeting of experts
        [two] { $ordinal }nd meeting of experts
        [few] { $ordinal }rd meeting of experts
       *[other] { $ordinal }th meeting of experts
    }
meetings-name-ministers = { $ordinal ->
        [one] { $ordinal }st meeting of ministers
        [two] { $ordinal }nd meeting of ministers
        [few] { $ordinal }rd meeting of ministers
       *[other] { $ordinal }th meeting of ministers
    }
meetings-name-extraordinary = { $ordinal ->
        [one] { $ordinal }st extraordinary meeting
        [two] { $ordinal }nd extraordinary meeting
        [few] { $ordinal }rd extraordinary meeting
       *[other] { $ordinal }th extraordinary meeting
    }

## A meeting's page

# $meeting is the meeting's name (above); $group the group's name as entered.
meetings-heading = { $meeting } of the { $group }
meetings-notice-planned = The meeting is planned.
meetings-notice-saved = Your changes are saved.
meetings-notice-agenda = The agenda is updated.
meetings-notice-attendance = The attendance is updated.
meetings-notice-status = The meeting's status is changed.

meetings-details = Details
meetings-format = Format
meetings-host = Host
meetings-chair = Chair
meetings-starts = Starts
meetings-ends = Ends
meetings-venue-time-zone = Venue time zone
meetings-invited-guests = Invited guests
# $when is a date and time on the reader's own clock, with its city.
meetings-your-time = { $when } your time
meetings-add-to-calendar = Add to my calendar (.ics)

meetings-convene = Convene the meeting
meetings-convene-confirm = Mark the meeting as convened?
meetings-conclude = Conclude the meeting
meetings-conclude-confirm = Mark the meeting as concluded? Its agenda and details then become history.
meetings-cancel = Cancel the meeting
meetings-cancel-confirm = Cancel this meeting?
meetings-plan-again = Plan
meetings-plan-again-confirm = Plan?

meetings-attendance = Attendance
meetings-attendance-empty = No attendance recorded.
meetings-party = Party
meetings-person = Person
meetings-person-title = Title
meetings-actions = Actions
# $name is the person's name as entered.
meetings-attendance-remove-confirm = Remove { $name } from the attendance?
meetings-remove = Remove
meetings-record-attendance = Record attendance
meetings-person-name = Name
meetings-record = Record

meetings-agenda = Agenda
meetings-agenda-empty = The agenda is empty.
meetings-agenda-move-up = Move up
meetings-agenda-move-down = Move down
# $title is the agenda item's title as entered.
meetings-agenda-remove-confirm = Remove “{ $title }” from the agenda?
meetings-edit = Edit
# $number is the item's place on the agenda.
meetings-agenda-edit-label = Edit agenda item { $number }
meetings-agenda-title = Title
meetings-agenda-description = Description
meetings-save = Save
meetings-agenda-add = Add agenda item
meetings-agenda-add-button = Add item

meetings-change = Change time, place, host or chair
meetings-edit-label = Edit meeting
meetings-city = City
meetings-venue = Venue
meetings-starts-venue-time = Starts (venue time)
meetings-ends-venue-time = Ends (venue time)
meetings-save-changes = Save changes

## Planning a meeting

meetings-plan-title = Plan a meeting
# $group is the group's name as entered.
meetings-plan-heading = Plan a meeting of the { $group }
meetings-plan-lede = Host and chair follow the rotation unless you choose otherwise. Times are the venue's local times.
# $party is the code of the member party next in the rotation.
meetings-next-in-rotation = Next in rotation: { $party }.
meetings-chair-is-host = The host
meetings-time-zone-hint = An IANA name, such as Asia/Bishkek or Europe/Vienna.
meetings-invited-guest-parties = Invited guest parties
# $parties are the codes of the group's guest parties, separated by commas.
meetings-guests-hint = Codes separated by commas; guest parties of the group: { $parties }.
meetings-plan-button = Plan the meeting
meetings-plan-cancel = Cancel
