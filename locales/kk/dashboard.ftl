# The group's dashboard (templates/dashboard.html, src/http/pages/dashboard.rs).

# The page's title in the browser; $group is the group's code.
dashboard-title = Dashboard of { $group }
dashboard-breadcrumbs = Breadcrumbs
dashboard-breadcrumb = Dashboard
# $group is the group's name.
dashboard-heading = Dashboard of the { $group }
# $today is a date, already written the language's way.
dashboard-lede = As of { $today }, over what you may see.

dashboard-overdue-heading = Overdue lines
dashboard-overdue-none = No line is overdue.
# The badge beside a line past its due date.
dashboard-overdue = overdue
# An action line's facts after its title. $due is a date; $leads the codes of the parties
# that lead it (KZ, UZ); $status its status in words; $progress a whole number of per cent.
dashboard-line-facts = due { $due }, led by { $leads }, { $status }, { $progress } %

dashboard-soon-heading = Lines due within 90 days
dashboard-soon-none = No line falls due in the next 90 days.

dashboard-procedures-heading = Open procedures
dashboard-procedures-none = No procedure is open.
dashboard-column-text = Text
dashboard-column-procedure = Procedure
dashboard-column-deadline = Deadline (your time)
dashboard-column-your-party = Your party
dashboard-asked-to-answer = asked to answer

dashboard-figures-heading = Latest figures
dashboard-no-indicators = No indicators yet.
dashboard-no-figure = no figure you may see yet
# The text of an indicator's chart for those who cannot see it; $name is the indicator's name.
dashboard-chart-alt = Chart of { $name }: every figure by source over time; the indicator's page lists the same numbers in tables.

dashboard-targets-heading = Targets
dashboard-no-targets = No targets set.
# $pair is a reporter–partner pair such as KZ–AF.
dashboard-target-progress-label = Progress towards the { $pair } target
dashboard-no-whole-year = no whole-year figure yet
# $percent is a percentage already written the language's way (40.6 %).
dashboard-growth-needed = { $percent } a year still needed
