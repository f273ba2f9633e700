# What every form shares (templates/macros.html).

# The heading above the list of fields a refused form asks to correct; $count is how many.
forms-correct-fields = { $count ->
        [one] Please correct this field
       *[other] Please correct these fields
    }
