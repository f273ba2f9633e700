# Indicators and their figures (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); the words for amounts, money and
# periods that every follow-through page uses (src/http/pages/figures/words.rs).

## Numbers, money and periods

# A value scaled to thousands, millions or billions; $number is already written the
# language's way (545.2).
figures-scaled-thousands = { $number } k
figures-scaled-millions = { $number } M
figures-scaled-billions = { $number } bn
# A figure with its unit: $unit is a currency's name (figures-currency-…) or a unit as
# entered; $number is a (scaled) number.
figures-amount = { $unit } { $number }
# $number is already written the language's way.
figures-percent = { $number } %
# A whole calendar year; $year is its number.
figures-period-year = { $year }
# Whole months of one year: January–September 2024. $first and $last are month names as
# CLDR writes a month standing alone.
figures-period-months = { $first }–{ $last } { $year }
# Any other period: its first and last day, dates written the language's way.
figures-period-days = { $first } – { $last }

# Currencies by the name a page gives them before or after an amount.
figures-currency-usd = USD
figures-currency-eur = EUR
figures-currency-rub = RUB
figures-currency-cny = CNY
figures-currency-kzt = KZT
figures-currency-uzs = UZS
figures-currency-kgs = KGS
figures-currency-tjs = TJS
figures-currency-tmt = TMT
figures-currency-afn = AFN
figures-currency-pkr = PKR
figures-currency-irr = IRR
figures-currency-inr = INR
figures-currency-try = TRY
figures-currency-aed = AED
figures-currency-gbp = GBP
figures-currency-jpy = JPY
figures-currency-chf = CHF

# Kinds of flow an indicator measures.
figures-flow-turnover = turnover
figures-flow-exports = exports
figures-flow-imports = imports

## Where the sources disagree

# $pair is a reporter–partner pair (UZ–AF); $period a period (2023); $first and $second
# amounts; $first-source and $second-source the sources that give them.
figures-conflict-same-period = The figures for { $pair } in { $period } disagree: { $first } ({ $first-source }) and { $second } ({ $second-source }).
# A figure for a part of a year larger than the figure for the whole year ($year).
figures-conflict-part-exceeds-year = { $pair } { $part-period } ({ $part }, { $part-source }) exceeds the figure for the whole of { $year } ({ $whole }, { $whole-source }), which contains it.
# A figure for a part of another period ($whole-period) larger than the figure for it.
figures-conflict-part-exceeds-whole = { $pair } { $part-period } ({ $part }, { $part-source }) exceeds the figure for { $whole-period } ({ $whole }, { $whole-source }), which contains it.

## The group's indicators

# The page's title in the browser; $group is the group's code.
figures-list-title = Figures of { $group }
figures-breadcrumbs = Breadcrumbs
figures-breadcrumb = Figures
# $group is the group's name.
figures-list-heading = Figures of the { $group }
figures-no-indicators = No indicators yet.
figures-indicators-label = Indicators
figures-column-indicator = Indicator
figures-column-unit = Unit
figures-column-count = Figures you see
figures-column-latest = Latest
# A reader's latest figure: $pair, $period, $amount and the $source that gives it.
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## An indicator

# $unit is the indicator's unit (a currency's name, or as entered).
figures-lede = In { $unit }. Every figure is shown with its own source; figures that disagree are kept side by side, never merged.
# As above, for a flow ($flow: figures-flow-…).
figures-lede-flow = In { $unit }; a flow ({ $flow }) over each period, so a part of a period cannot exceed the whole. Every figure is shown with its own source; figures that disagree are kept side by side, never merged.
# After an import of $count figures.
figures-imported = { $count ->
    [one] { $count } figure imported; every row was stored.
   *[other] { $count } figures imported; every row was stored.
}
figures-conflicts-heading = Where the sources disagree
figures-chart-heading = Chart
figures-chart-caption = One series per source; a marked point disagrees with another figure. A long series is drawn from the lowest and highest figure of each stretch of time and every figure in conflict; the tables and the CSV file list every number.
figures-download-csv = Download the figures you see (CSV)

figures-targets-heading = Targets
figures-no-targets = No targets set.
# A target: $amount a year by $year.
figures-target-goal = { $amount } a year by { $year }
# $source is where the target was set.
figures-target-source = Source: { $source }
# $pair is a reporter–partner pair.
figures-target-progress-label = Progress towards the { $pair } target
# $percent is the share of the target reached (18.17 %), $from the figure it is measured from.
figures-target-reached = { $percent } reached, from { $from }.
# The figure progress is measured from: $amount in $period, given by $source.
figures-target-from = { $amount } in { $period } ({ $source })
# $rate is a yearly rate (figures-rate-per-year).
figures-growth-needed = Growth still needed: { $rate }, compounded.
# $percent is a percentage already written the language's way.
figures-rate-per-year = { $percent } a year
figures-no-whole-year = No whole-year figure yet to measure progress from.
figures-how-computed = How these are computed
# $formula is the formula set with figures-formula-target, -latest and -years.
figures-how-computed-text = Progress is the latest whole-year figure of the pair divided by the target, times 100. The growth still needed is the yearly rate that, compounded, takes the latest whole-year figure to the target by the target's year: { $formula }, where years is the target's year minus the year of the latest figure. Both are computed in exact decimals.
figures-formula-target = target
figures-formula-latest = latest
figures-formula-years = years

# The figures of one reporter–partner pair ($pair).
figures-pair-table-label = Figures { $pair }
figures-column-period = Period
figures-column-value = Value
figures-column-source = Source
figures-column-note = Note
figures-column-distribution = Distribution
# The badge beside a figure that disagrees with another.
figures-disagrees = disagrees
# Earlier figures of a pair not listed in its table; $link is figures-list-every-figure.
figures-hidden = { $count ->
    [one] { $count } earlier figure of { $pair } is in the chart and the CSV file; { $link }.
   *[other] { $count } earlier figures of { $pair } are in the chart and the CSV file; { $link }.
}
figures-list-every-figure = list every figure
figures-none-yet = No figures you may see yet.

figures-record-heading = Record a figure
figures-field-reporter = Reporter
figures-field-partner = Partner (ISO code)
figures-field-first-day = First day
figures-field-last-day = Last day
# $unit is the indicator's unit.
figures-field-value = Value ({ $unit })
figures-field-value-help = Digits, optionally a point: 545200000
figures-field-source = Source
figures-field-source-link = Link to the source
figures-field-note = Note
figures-field-who-sees-it = Who sees it
figures-sees-group = The group
figures-sees-members = Members only
figures-sees-national = My delegation only
figures-sees-public = Everyone
figures-record-button = Record the figure

figures-import-heading = Import figures from CSV
# $ours is our list of columns; $year, $period and $rest UN Comtrade's column names.
figures-import-help = Our columns ({ $ours }) or UN Comtrade's ({ $year } or { $period }, { $rest }). All rows are stored, or none.
figures-import-refused = Nothing was stored. Correct these rows and import again:
figures-import-form-label = Import figures
figures-import-file = CSV file
figures-import-paste = Or paste its contents
figures-import-source = Source of every row
figures-import-source-placeholder = UN Comtrade
figures-import-button = Import

## The chart (its text is read out for those who cannot see it)

# How many figures ($figures) in which unit ($unit) from how many sources ($sources).
figures-chart-summary =
    { $figures ->
        [one] { $figures } figure
       *[other] { $figures } figures
    } in { $unit } from { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    }.
figures-chart-no-conflicts = No figures conflict.
# $count conflicts, then their $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } conflict: { $sentences }
   *[other] { $count } conflicts: { $sentences }
}
# A value on the chart's axis: $number (scaled) and the $unit.
figures-chart-axis-value = { $number } { $unit }
# One figure drawn: $pair, $period, its $value (scaled) and its $source.
figures-chart-figure = { $pair } { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair } { $period }: { $value } ({ $source }); conflicts with another figure
