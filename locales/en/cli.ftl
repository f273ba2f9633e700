# What the `majlis` command prints for an operator (src/cli.rs, src/main.rs), in the language
# of the operator's shell (LC_ALL, LC_MESSAGES, LANG). The reports of `verify` and
# `verify-decision` stay in English: they are evidence compared across capitals and read by
# scripts.

cli-invalid-input = invalid input: { $fields }
cli-nothing-imported = nothing was imported; fix these rows:
cli-not-found = not found: no account, group or indicator has that name
cli-user-created = created user { $username }
cli-password-changed = password changed for { $username }; their sessions and API tokens have ended
cli-user-disabled = disabled { $username }
cli-account-active = active
cli-account-disabled = disabled
cli-account-administrator = administrator
cli-group-founded = founded group { $code }
cli-group-parties = { $count ->
    [one] { $count } party
   *[other] { $count } parties
}
cli-placed = placed { $username } in { $code }
cli-imported = { $count ->
    [one] imported { $count } figure into { $group } { $indicator }
   *[other] imported { $count } figures into { $group } { $indicator }
}
cli-schema-up-to-date = schema is up to date ({ $backend })
cli-schema-applied = applied { $migrations } ({ $backend })
cli-demo-loaded = Demo group CGA (Contact Group on Afghanistan) loaded. Accounts:
cli-demo-not-loaded = The database already holds accounts; the demo was not loaded again.
cli-demo-refused = loading the demo: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = the search index holds { $documents } documents again ({ $place })
cli-reindex-in-memory = kept in memory: each server rebuilds it when it starts
