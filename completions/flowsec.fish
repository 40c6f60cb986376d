# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flowsec_global_optspecs
    string join \n db= key-file= config= o/output= q/quiet token h/help V/version
end

function __fish_flowsec_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flowsec_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flowsec_using_subcommand
    set -l cmd (__fish_flowsec_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flowsec -n "__fish_flowsec_needs_command" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_needs_command" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_needs_command" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_needs_command" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_needs_command" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_needs_command" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_needs_command" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_needs_command" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "init" -d 'Create a store with the built-in roles, users and permissions'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "users" -d 'Manage users'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "roles" -d 'Manage roles and their members'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "perms" -d 'Show the catalogue; grant, revoke and list permissions'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "items" -d 'Manage items (repositories, services, ...) and their owners'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "check" -d 'Decide whether a user may do something'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "tokens" -d 'Manage API tokens, which let scripts act as a user'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "auth" -d 'Verify passwords, log in and out, change or recover a password'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "directory" -d 'Directory servers (LDAP, Active Directory): their users, groups and log-ins'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "settings" -d 'Show and change settings: password policy, expiry, lockout, sessions, email'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "secrets" -d 'Store, read and list secret fields of items, encrypted'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "encrypt" -d 'The encryption key: status, rotation, verification of every stored secret'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "apply" -d 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "export" -d 'Write the store\'s users, roles, grants, items and settings as a manifest'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "test" -d 'Check a manifest\'s [[assert]] entries against the store'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "audit" -d 'Read the audit trail'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "db" -d 'The store itself: status, schema upgrade, a whole copy'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "man" -d 'Write man pages for flowsec and every subcommand into DIR'
complete -c flowsec -n "__fish_flowsec_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -l admin-password-stdin -d 'Read the `admin` password from the first line of stdin instead of prompting'
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand init" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "create" -d 'Create a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "list" -d 'List users'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "show" -d 'Show a user\'s status, roles, direct grants and owned items'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "update" -d 'Change a user\'s account, status or roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "passwd" -d 'Set a user\'s password (prompt, or first line of stdin)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "unlock" -d 'End a lockout after too many failed log-ins, and forget the failures'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "remove" -d 'Remove a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and not __fish_seen_subcommand_from create list show update passwd unlock remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l full-name -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'Needed for password recovery by email' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l role -d 'A role to join (repeatable)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l no-password -d 'Create the user without a password (it cannot log in until one is set)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l disabled -d 'Create the account disabled'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l role -d 'Only members of this role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l enabled -d 'Only enabled users'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled users'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l sharing -d 'Whether the user may share items it owns' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l email -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l full-name -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l add-role -d 'Join a role (repeatable)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l remove-role -d 'Leave a role (repeatable)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l enable
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l disable
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l must-change-password -d 'The user can verify nothing and log in nowhere until it changes its password with `flowsec auth passwd`'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l allow-no-superuser -d 'Allow a change that leaves no enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l transfer-to -d 'Who receives the items the user owns' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l allow-no-superuser -d 'Allow removing the last enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user\'s status, roles, direct grants and owned items'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s account, status or roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a user\'s password (prompt, or first line of stdin)'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'End a lockout after too many failed log-ins, and forget the failures'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "create" -d 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "list" -d 'List roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "show" -d 'Show a role\'s description, members and permissions'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "remove" -d 'Remove a role (never fmesuperuser)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "add-member" -d 'Add users to a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "remove-member" -d 'Remove users from a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "load-template" -d 'Add every permission of other roles that ROLE lacks; removes none'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and not __fish_seen_subcommand_from create list show remove add-member remove-member load-template help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l description -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l from -d 'Copy this role\'s permissions and superuser flag (not its members)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l superuser -d 'Make it a superuser role: every permission on every target'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -l allow-no-superuser -d 'Allow removing the role of the last enabled superuser'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from add-member" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -l allow-no-superuser -d 'Allow removing the last enabled superuser from its role'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from remove-member" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -l from -d 'The role to copy permissions from (repeatable)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from load-template" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a role\'s description, members and permissions'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a role (never fmesuperuser)'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "add-member" -d 'Add users to a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "remove-member" -d 'Remove users from a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "load-template" -d 'Add every permission of other roles that ROLE lacks; removes none'
complete -c flowsec -n "__fish_flowsec_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "catalogue" -d 'List the categories, their general and item actions, and default roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "grant" -d 'Grant permissions to a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "revoke" -d 'Revoke permissions from a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "list" -d 'List a role\'s or user\'s grants; with --effective, all a user may do and why'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "who" -d 'Which enabled users hold a permission, and through what'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and not __fish_seen_subcommand_from catalogue grant revoke list who help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from catalogue" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l user -d 'A user' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l role -d 'A role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l user -d 'A user' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l role -d 'A role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l user -d 'A user' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l role -d 'A role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l effective -d 'Everything the user may do, through roles, grants and ownership'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from who" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "catalogue" -d 'List the categories, their general and item actions, and default roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant permissions to a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke permissions from a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a role\'s or user\'s grants; with --effective, all a user may do and why'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "who" -d 'Which enabled users hold a permission, and through what'
complete -c flowsec -n "__fish_flowsec_using_subcommand perms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "create" -d 'Register an item; its owner holds every item action on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "list" -d 'List items'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "show" -d 'Show an item\'s owner and every user and role holding actions on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "chown" -d 'Give an item to another owner'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "share" -d 'Share item actions with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "unshare" -d 'Take back item actions shared with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "remove" -d 'Remove an item and every grant on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and not __fish_seen_subcommand_from create list show chown share unshare remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -l owner -d 'The owner [default: the acting user, or admin]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -l owner -d 'Only items this user owns' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from chown" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l user -d 'A user' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l role -d 'A role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l user -d 'A user' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l role -d 'A role' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register an item; its owner holds every item action on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "list" -d 'List items'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an item\'s owner and every user and role holding actions on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "chown" -d 'Give an item to another owner'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "share" -d 'Share item actions with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Take back item actions shared with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an item and every grant on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand items; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l user -d 'The user to decide for [default: the acting token\'s user]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l anonymous -d 'Decide for an unauthenticated request (the trusted account `guest`)'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l explain -d 'Say what allowed or denied each permission'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l batch -d 'Read requests as JSON lines from stdin and answer each as a JSON line'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand check" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "create" -d 'Make a token; its secret is printed once, never again'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "list" -d 'List tokens with their status, expiry, last use and scopes'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "show" -d 'Show one token'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "revoke" -d 'Revoke a token for good (or every token of a user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "enable" -d 'Let a disabled token be used again'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "disable" -d 'Stop a token from being used until it is enabled'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "verify" -d 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and not __fish_seen_subcommand_from create list show revoke enable disable verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l user -d 'Whose token [default: the acting user]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l expires -d 'A duration (12h, 30d) or an RFC 3339 time [default: token.default-expiry, 30d]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l description -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l permission -d 'Restrict the token to this permission (repeatable)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s tokens [default: the acting user\'s, or everyone\'s]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l user -d 'Whose tokens to revoke, with --all' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l all -d 'Revoke every token of --user'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a token; its secret is printed once, never again'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens with their status, expiry, last use and scopes'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one token'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token for good (or every token of a user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Let a disabled token be used again'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop a token from being used until it is enabled'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand tokens; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "verify" -d 'Check USER\'s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "login" -d 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "logout" -d 'End this store\'s session'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "status" -d 'Show this store\'s session; exit 1 when none is active'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "passwd" -d 'Change USER\'s own password: the current one, then the new one (also what an expired or must-change password requires)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "recover" -d 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "reset" -d 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and not __fish_seen_subcommand_from verify login logout status passwd recover reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the current password, then the new one, one a line from stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from recover" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -l password-stdin -d 'Read the new password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check USER\'s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End this store\'s session'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show this store\'s session; exit 1 when none is active'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change USER\'s own password: the current one, then the new one (also what an expired or must-change password requires)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "recover" -d 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
complete -c flowsec -n "__fish_flowsec_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "add" -d 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "list" -d 'List the directories'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "show" -d 'Show a directory\'s configuration, the roles its groups have and its users'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "remove" -d 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "test" -d 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "import" -d 'Import the directory\'s users (and with --groups, its groups as roles)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "map" -d 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group\'s role, unmap it first)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "unmap" -d 'Take a group\'s role away, and the role from the directory\'s users who had it through the group'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "sync" -d 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and not __fish_seen_subcommand_from add list show remove test import map unmap sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l url -d 'ldap://HOST:PORT or ldaps://HOST:PORT' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l bind-dn -d 'The service account that searches the directory' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l user-base -d 'Where users are searched' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l user-filter -d 'Finds one user; {username} stands for the name given at log-in' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l username-attr -d 'The attribute holding the user name' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l email-attr -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l full-name-attr -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l group-base -d 'Where groups are searched; without it groups are not read' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l group-filter -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l group-attr -d 'The attribute holding a group\'s name' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l starttls -d 'Upgrade the ldap:// connection to TLS with StartTLS'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l bind-password-stdin -d 'Read the bind password from the first line of stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -l allow-no-superuser -d 'Allow disabling the last enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l users -d 'An LDAP filter narrowing the users imported' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l groups -d 'Make roles of the groups that have none'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l allow-no-superuser -d 'Allow a change that leaves no enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l allow-empty -d 'Disable all the directory\'s users if it lists none (refused by default)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from map" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -l allow-no-superuser -d 'Allow a change that leaves no enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from unmap" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l allow-no-superuser -d 'Allow a change that leaves no enabled user with a superuser role'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l allow-empty -d 'Disable all the directory\'s users if it lists none (refused by default)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the directories'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a directory\'s configuration, the roles its groups have and its users'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "test" -d 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the directory\'s users (and with --groups, its groups as roles)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "map" -d 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group\'s role, unmap it first)'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "unmap" -d 'Take a group\'s role away, and the role from the directory\'s users who had it through the group'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
complete -c flowsec -n "__fish_flowsec_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -f -a "show" -d 'List every setting (or one) with its value in force, default and meaning'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -f -a "set" -d 'Change a setting; a bad value changes nothing'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -f -a "unset" -d 'Return a setting to its default'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and not __fish_seen_subcommand_from show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -l value-stdin -d 'Read a secret setting\'s value from stdin (else a hidden prompt asks for it)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'List every setting (or one) with its value in force, default and meaning'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting; a bad value changes nothing'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Return a setting to its default'
complete -c flowsec -n "__fish_flowsec_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -f -a "set" -d 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -f -a "get" -d 'Print a secret\'s value alone on stdout'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -f -a "list" -d 'List the secret fields of items, never their values'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -f -a "remove" -d 'Remove a secret field of an item'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and not __fish_seen_subcommand_from set get list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -l value-stdin -d 'Read the value from stdin (all of it, less one trailing newline) instead of prompting'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a secret\'s value alone on stdout'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the secret fields of items, never their values'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a secret field of an item'
complete -c flowsec -n "__fish_flowsec_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -f -a "status" -d 'Show the key file\'s keys and how many stored values each encrypts'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -f -a "rotate" -d 'Make a new key and re-encrypt every stored secret with it'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -f -a "verify" -d 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and not __fish_seen_subcommand_from status rotate verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the key file\'s keys and how many stored values each encrypts'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Make a new key and re-encrypt every stored secret with it'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand encrypt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l dry-run -d 'Print the plan (+ create, ~ change, - remove) and write nothing'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l prune -d 'Also remove what the file\'s sections do not list'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand apply" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand export" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand test" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "list" -d 'List audit records, oldest first'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "verify" -d 'Check the trail\'s hash chain and its signed checkpoints: exit 0 intact, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "export" -d 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "checkpoint" -d 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "key" -d 'Show the audit signing key\'s public half and where the evidence is kept'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "hash" -d 'Print the keyed digest the trail keeps for a token id or email address'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "prune" -d 'Remove records made before a time, leaving a signed anchor where they ended'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and not __fish_seen_subcommand_from list verify export checkpoint key hash prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only records since this time: RFC 3339, a date, or an age (30m, 12h, 7d)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only records by this actor (as shown in the actor column)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Only the newest N records' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l from -d 'Start at this record, taking the one before it as given' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l file -d 'Verify an exported file (`audit export`) instead of the store' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l public-key -d 'Check signatures with this public key (`audit key`) instead of this host\'s' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l since -d 'Only records made since this time: RFC 3339, a date, or an age (30m, 12h, 7d)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l after -d 'Only records after this one' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l follow -d 'Keep printing new records until interrupted'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from hash" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -l before -d 'Remove records made before this time: RFC 3339, a date, or an age (365d)' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit records, oldest first'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the trail\'s hash chain and its signed checkpoints: exit 0 intact, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "key" -d 'Show the audit signing key\'s public half and where the evidence is kept'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "hash" -d 'Print the keyed digest the trail keeps for a token id or email address'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove records made before a time, leaving a signed anchor where they ended'
complete -c flowsec -n "__fish_flowsec_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -f -a "status" -d 'The store\'s kind, location, schema version and record counts'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -f -a "upgrade" -d 'Bring the store\'s schema up to this flowsec\'s (a SQLite store is upgraded when opened)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -f -a "password" -d 'Keep this host\'s PostgreSQL password sealed under the key file, beside it'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -f -a "copy" -d 'Copy the whole store, every record byte for byte, into a new store at DEST'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and not __fish_seen_subcommand_from status upgrade password copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from upgrade" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -l password-stdin -d 'Read the password from the first line of stdin instead of prompting'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'Where to make the copy: a path, sqlite:PATH or postgres://USER@HOST/DBNAME' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'The store\'s kind, location, schema version and record counts'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Bring the store\'s schema up to this flowsec\'s (a SQLite store is upgraded when opened)'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "password" -d 'Keep this host\'s PostgreSQL password sealed under the key file, beside it'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole store, every record byte for byte, into a new store at DEST'
complete -c flowsec -n "__fish_flowsec_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand completions" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -l db -d 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]' -r
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -l key-file -d 'The encryption key file [default: beside the store]' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -l config -d 'A TOML file with defaults for --db, --key-file and --output' -r -F
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -s o -l output -d 'Human tables or JSON for scripts [default: table]' -r -f -a "table\t''
json\t''"
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -s q -l quiet -d 'Print nothing on success; errors still go to stderr'
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -l token -d 'Act as a token\'s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -s h -l help -d 'Print help'
complete -c flowsec -n "__fish_flowsec_using_subcommand man" -s V -l version -d 'Print version'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "init" -d 'Create a store with the built-in roles, users and permissions'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "users" -d 'Manage users'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "roles" -d 'Manage roles and their members'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "perms" -d 'Show the catalogue; grant, revoke and list permissions'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "items" -d 'Manage items (repositories, services, ...) and their owners'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "check" -d 'Decide whether a user may do something'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "tokens" -d 'Manage API tokens, which let scripts act as a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "auth" -d 'Verify passwords, log in and out, change or recover a password'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "directory" -d 'Directory servers (LDAP, Active Directory): their users, groups and log-ins'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "settings" -d 'Show and change settings: password policy, expiry, lockout, sessions, email'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "secrets" -d 'Store, read and list secret fields of items, encrypted'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "encrypt" -d 'The encryption key: status, rotation, verification of every stored secret'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "apply" -d 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "export" -d 'Write the store\'s users, roles, grants, items and settings as a manifest'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "test" -d 'Check a manifest\'s [[assert]] entries against the store'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "audit" -d 'Read the audit trail'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "db" -d 'The store itself: status, schema upgrade, a whole copy'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "man" -d 'Write man pages for flowsec and every subcommand into DIR'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and not __fish_seen_subcommand_from init users roles perms items check tokens auth directory settings secrets encrypt apply export test audit db completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show a user\'s status, roles, direct grants and owned items'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s account, status or roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "passwd" -d 'Set a user\'s password (prompt, or first line of stdin)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "unlock" -d 'End a lockout after too many failed log-ins, and forget the failures'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "remove" -d 'Remove a user'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "create" -d 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "show" -d 'Show a role\'s description, members and permissions'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Remove a role (never fmesuperuser)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "add-member" -d 'Add users to a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "remove-member" -d 'Remove users from a role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "load-template" -d 'Add every permission of other roles that ROLE lacks; removes none'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "catalogue" -d 'List the categories, their general and item actions, and default roles'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "grant" -d 'Grant permissions to a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "revoke" -d 'Revoke permissions from a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "list" -d 'List a role\'s or user\'s grants; with --effective, all a user may do and why'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from perms" -f -a "who" -d 'Which enabled users hold a permission, and through what'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "create" -d 'Register an item; its owner holds every item action on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "list" -d 'List items'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "show" -d 'Show an item\'s owner and every user and role holding actions on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "chown" -d 'Give an item to another owner'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "share" -d 'Share item actions with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "unshare" -d 'Take back item actions shared with a user or role'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from items" -f -a "remove" -d 'Remove an item and every grant on it'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "create" -d 'Make a token; its secret is printed once, never again'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "list" -d 'List tokens with their status, expiry, last use and scopes'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "show" -d 'Show one token'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "revoke" -d 'Revoke a token for good (or every token of a user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "enable" -d 'Let a disabled token be used again'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "disable" -d 'Stop a token from being used until it is enabled'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from tokens" -f -a "verify" -d 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "verify" -d 'Check USER\'s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'End this store\'s session'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show this store\'s session; exit 1 when none is active'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "passwd" -d 'Change USER\'s own password: the current one, then the new one (also what an expired or must-change password requires)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "recover" -d 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "reset" -d 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "add" -d 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "list" -d 'List the directories'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "show" -d 'Show a directory\'s configuration, the roles its groups have and its users'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "remove" -d 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "test" -d 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Import the directory\'s users (and with --groups, its groups as roles)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "map" -d 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group\'s role, unmap it first)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "unmap" -d 'Take a group\'s role away, and the role from the directory\'s users who had it through the group'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "sync" -d 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'List every setting (or one) with its value in force, default and meaning'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting; a bad value changes nothing'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "unset" -d 'Return a setting to its default'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "set" -d 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "get" -d 'Print a secret\'s value alone on stdout'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "list" -d 'List the secret fields of items, never their values'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "remove" -d 'Remove a secret field of an item'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from encrypt" -f -a "status" -d 'Show the key file\'s keys and how many stored values each encrypts'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from encrypt" -f -a "rotate" -d 'Make a new key and re-encrypt every stored secret with it'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from encrypt" -f -a "verify" -d 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit records, oldest first'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the trail\'s hash chain and its signed checkpoints: exit 0 intact, 1 not'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "key" -d 'Show the audit signing key\'s public half and where the evidence is kept'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "hash" -d 'Print the keyed digest the trail keeps for a token id or email address'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prune" -d 'Remove records made before a time, leaving a signed anchor where they ended'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'The store\'s kind, location, schema version and record counts'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "upgrade" -d 'Bring the store\'s schema up to this flowsec\'s (a SQLite store is upgraded when opened)'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "password" -d 'Keep this host\'s PostgreSQL password sealed under the key file, beside it'
complete -c flowsec -n "__fish_flowsec_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole store, every record byte for byte, into a new store at DEST'
