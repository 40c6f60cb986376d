
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flowsec' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flowsec'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'flowsec' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store with the built-in roles, users and permissions')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Manage roles and their members')
            [CompletionResult]::new('perms', 'perms', [CompletionResultType]::ParameterValue, 'Show the catalogue; grant, revoke and list permissions')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Manage items (repositories, services, ...) and their owners')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Decide whether a user may do something')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'Manage API tokens, which let scripts act as a user')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Verify passwords, log in and out, change or recover a password')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Directory servers (LDAP, Active Directory): their users, groups and log-ins')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change settings: password policy, expiry, lockout, sessions, email')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Store, read and list secret fields of items, encrypted')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'The encryption key: status, rotation, verification of every stored secret')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store''s users, roles, grants, items and settings as a manifest')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check a manifest''s [[assert]] entries against the store')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store itself: status, schema upgrade, a whole copy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages for flowsec and every subcommand into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--admin-password-stdin', '--admin-password-stdin', [CompletionResultType]::ParameterName, 'Read the `admin` password from the first line of stdin instead of prompting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s status, roles, direct grants and owned items')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s account, status or roles')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (prompt, or first line of stdin)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout after too many failed log-ins, and forget the failures')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;users;create' {
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'full-name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Needed for password recovery by email')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role to join (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Create the user without a password (it cannot log in until one is set)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the account disabled')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members of this role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled users')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled users')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;update' {
            [CompletionResult]::new('--sharing', '--sharing', [CompletionResultType]::ParameterName, 'Whether the user may share items it owns')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'full-name')
            [CompletionResult]::new('--add-role', '--add-role', [CompletionResultType]::ParameterName, 'Join a role (repeatable)')
            [CompletionResult]::new('--remove-role', '--remove-role', [CompletionResultType]::ParameterName, 'Leave a role (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'enable')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'disable')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'The user can verify nothing and log in nowhere until it changes its password with `flowsec auth passwd`')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow a change that leaves no enabled user with a superuser role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;passwd' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;unlock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;remove' {
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Who receives the items the user owns')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow removing the last enabled user with a superuser role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;users;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s status, roles, direct grants and owned items')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s account, status or roles')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (prompt, or first line of stdin)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout after too many failed log-ins, and forget the failures')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;users;help;create' {
            break
        }
        'flowsec;users;help;list' {
            break
        }
        'flowsec;users;help;show' {
            break
        }
        'flowsec;users;help;update' {
            break
        }
        'flowsec;users;help;passwd' {
            break
        }
        'flowsec;users;help;unlock' {
            break
        }
        'flowsec;users;help;remove' {
            break
        }
        'flowsec;users;help;help' {
            break
        }
        'flowsec;roles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role, empty or as a duplicate of another (permissions and superuser flag)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s description, members and permissions')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (never fmesuperuser)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a role')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a role')
            [CompletionResult]::new('load-template', 'load-template', [CompletionResultType]::ParameterValue, 'Add every permission of other roles that ROLE lacks; removes none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;roles;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Copy this role''s permissions and superuser flag (not its members)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--superuser', '--superuser', [CompletionResultType]::ParameterName, 'Make it a superuser role: every permission on every target')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow removing the role of the last enabled superuser')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;add-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;remove-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow removing the last enabled superuser from its role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;load-template' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The role to copy permissions from (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;roles;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role, empty or as a duplicate of another (permissions and superuser flag)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s description, members and permissions')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (never fmesuperuser)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a role')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a role')
            [CompletionResult]::new('load-template', 'load-template', [CompletionResultType]::ParameterValue, 'Add every permission of other roles that ROLE lacks; removes none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;roles;help;create' {
            break
        }
        'flowsec;roles;help;list' {
            break
        }
        'flowsec;roles;help;show' {
            break
        }
        'flowsec;roles;help;remove' {
            break
        }
        'flowsec;roles;help;add-member' {
            break
        }
        'flowsec;roles;help;remove-member' {
            break
        }
        'flowsec;roles;help;load-template' {
            break
        }
        'flowsec;roles;help;help' {
            break
        }
        'flowsec;perms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'List the categories, their general and item actions, and default roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to a user or role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions from a user or role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s or user''s grants; with --effective, all a user may do and why')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Which enabled users hold a permission, and through what')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;perms;catalogue' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;perms;grant' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;perms;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;perms;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--effective', '--effective', [CompletionResultType]::ParameterName, 'Everything the user may do, through roles, grants and ownership')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;perms;who' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;perms;help' {
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'List the categories, their general and item actions, and default roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to a user or role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions from a user or role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s or user''s grants; with --effective, all a user may do and why')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Which enabled users hold a permission, and through what')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;perms;help;catalogue' {
            break
        }
        'flowsec;perms;help;grant' {
            break
        }
        'flowsec;perms;help;revoke' {
            break
        }
        'flowsec;perms;help;list' {
            break
        }
        'flowsec;perms;help;who' {
            break
        }
        'flowsec;perms;help;help' {
            break
        }
        'flowsec;items' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an item; its owner holds every item action on it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an item''s owner and every user and role holding actions on it')
            [CompletionResult]::new('chown', 'chown', [CompletionResultType]::ParameterValue, 'Give an item to another owner')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share item actions with a user or role')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Take back item actions shared with a user or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item and every grant on it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;items;create' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owner [default: the acting user, or admin]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;list' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only items this user owns')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;chown' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;share' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;unshare' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;items;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an item; its owner holds every item action on it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an item''s owner and every user and role holding actions on it')
            [CompletionResult]::new('chown', 'chown', [CompletionResultType]::ParameterValue, 'Give an item to another owner')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share item actions with a user or role')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Take back item actions shared with a user or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item and every grant on it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;items;help;create' {
            break
        }
        'flowsec;items;help;list' {
            break
        }
        'flowsec;items;help;show' {
            break
        }
        'flowsec;items;help;chown' {
            break
        }
        'flowsec;items;help;share' {
            break
        }
        'flowsec;items;help;unshare' {
            break
        }
        'flowsec;items;help;remove' {
            break
        }
        'flowsec;items;help;help' {
            break
        }
        'flowsec;check' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user to decide for [default: the acting token''s user]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--anonymous', '--anonymous', [CompletionResultType]::ParameterName, 'Decide for an unauthenticated request (the trusted account `guest`)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Say what allowed or denied each permission')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read requests as JSON lines from stdin and answer each as a JSON line')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token; its secret is printed once, never again')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens with their status, expiry, last use and scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token for good (or every token of a user)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled token be used again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a token from being used until it is enabled')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;tokens;create' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Whose token [default: the acting user]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'A duration (12h, 30d) or an RFC 3339 time [default: token.default-expiry, 30d]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Restrict the token to this permission (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s tokens [default: the acting user''s, or everyone''s]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Whose tokens to revoke, with --all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Revoke every token of --user')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;tokens;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token; its secret is printed once, never again')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens with their status, expiry, last use and scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token for good (or every token of a user)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled token be used again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a token from being used until it is enabled')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;tokens;help;create' {
            break
        }
        'flowsec;tokens;help;list' {
            break
        }
        'flowsec;tokens;help;show' {
            break
        }
        'flowsec;tokens;help;revoke' {
            break
        }
        'flowsec;tokens;help;enable' {
            break
        }
        'flowsec;tokens;help;disable' {
            break
        }
        'flowsec;tokens;help;verify' {
            break
        }
        'flowsec;tokens;help;help' {
            break
        }
        'flowsec;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this store''s session')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show this store''s session; exit 1 when none is active')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;auth;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;passwd' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current password, then the new one, one a line from stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;recover' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;reset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;auth;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this store''s session')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show this store''s session; exit 1 when none is active')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;auth;help;verify' {
            break
        }
        'flowsec;auth;help;login' {
            break
        }
        'flowsec;auth;help;logout' {
            break
        }
        'flowsec;auth;help;status' {
            break
        }
        'flowsec;auth;help;passwd' {
            break
        }
        'flowsec;auth;help;recover' {
            break
        }
        'flowsec;auth;help;reset' {
            break
        }
        'flowsec;auth;help;help' {
            break
        }
        'flowsec;directory' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the directories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a directory''s configuration, the roles its groups have and its users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the directory''s users (and with --groups, its groups as roles)')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)')
            [CompletionResult]::new('unmap', 'unmap', [CompletionResultType]::ParameterValue, 'Take a group''s role away, and the role from the directory''s users who had it through the group')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;directory;add' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'ldap://HOST:PORT or ldaps://HOST:PORT')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'The service account that searches the directory')
            [CompletionResult]::new('--user-base', '--user-base', [CompletionResultType]::ParameterName, 'Where users are searched')
            [CompletionResult]::new('--user-filter', '--user-filter', [CompletionResultType]::ParameterName, 'Finds one user; {username} stands for the name given at log-in')
            [CompletionResult]::new('--username-attr', '--username-attr', [CompletionResultType]::ParameterName, 'The attribute holding the user name')
            [CompletionResult]::new('--email-attr', '--email-attr', [CompletionResultType]::ParameterName, 'email-attr')
            [CompletionResult]::new('--full-name-attr', '--full-name-attr', [CompletionResultType]::ParameterName, 'full-name-attr')
            [CompletionResult]::new('--group-base', '--group-base', [CompletionResultType]::ParameterName, 'Where groups are searched; without it groups are not read')
            [CompletionResult]::new('--group-filter', '--group-filter', [CompletionResultType]::ParameterName, 'group-filter')
            [CompletionResult]::new('--group-attr', '--group-attr', [CompletionResultType]::ParameterName, 'The attribute holding a group''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'Upgrade the ldap:// connection to TLS with StartTLS')
            [CompletionResult]::new('--bind-password-stdin', '--bind-password-stdin', [CompletionResultType]::ParameterName, 'Read the bind password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow disabling the last enabled user with a superuser role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;test' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;import' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'An LDAP filter narrowing the users imported')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Make roles of the groups that have none')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow a change that leaves no enabled user with a superuser role')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Disable all the directory''s users if it lists none (refused by default)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;map' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;unmap' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow a change that leaves no enabled user with a superuser role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--allow-no-superuser', '--allow-no-superuser', [CompletionResultType]::ParameterName, 'Allow a change that leaves no enabled user with a superuser role')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Disable all the directory''s users if it lists none (refused by default)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;directory;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the directories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a directory''s configuration, the roles its groups have and its users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the directory''s users (and with --groups, its groups as roles)')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)')
            [CompletionResult]::new('unmap', 'unmap', [CompletionResultType]::ParameterValue, 'Take a group''s role away, and the role from the directory''s users who had it through the group')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;directory;help;add' {
            break
        }
        'flowsec;directory;help;list' {
            break
        }
        'flowsec;directory;help;show' {
            break
        }
        'flowsec;directory;help;remove' {
            break
        }
        'flowsec;directory;help;test' {
            break
        }
        'flowsec;directory;help;import' {
            break
        }
        'flowsec;directory;help;map' {
            break
        }
        'flowsec;directory;help;unmap' {
            break
        }
        'flowsec;directory;help;sync' {
            break
        }
        'flowsec;directory;help;help' {
            break
        }
        'flowsec;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List every setting (or one) with its value in force, default and meaning')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting; a bad value changes nothing')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a setting to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;settings;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--value-stdin', '--value-stdin', [CompletionResultType]::ParameterName, 'Read a secret setting''s value from stdin (else a hidden prompt asks for it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;settings;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List every setting (or one) with its value in force, default and meaning')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting; a bad value changes nothing')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a setting to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;settings;help;show' {
            break
        }
        'flowsec;settings;help;set' {
            break
        }
        'flowsec;settings;help;unset' {
            break
        }
        'flowsec;settings;help;help' {
            break
        }
        'flowsec;secrets' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secret fields of items, never their values')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a secret field of an item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;secrets;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--value-stdin', '--value-stdin', [CompletionResultType]::ParameterName, 'Read the value from stdin (all of it, less one trailing newline) instead of prompting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;secrets;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;secrets;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;secrets;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;secrets;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secret fields of items, never their values')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a secret field of an item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;secrets;help;set' {
            break
        }
        'flowsec;secrets;help;get' {
            break
        }
        'flowsec;secrets;help;list' {
            break
        }
        'flowsec;secrets;help;remove' {
            break
        }
        'flowsec;secrets;help;help' {
            break
        }
        'flowsec;encrypt' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the key file''s keys and how many stored values each encrypts')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new key and re-encrypt every stored secret with it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt every stored secret and report those that fail (exit 1 if any does)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;encrypt;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;encrypt;rotate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;encrypt;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;encrypt;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the key file''s keys and how many stored values each encrypts')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new key and re-encrypt every stored secret with it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt every stored secret and report those that fail (exit 1 if any does)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;encrypt;help;status' {
            break
        }
        'flowsec;encrypt;help;rotate' {
            break
        }
        'flowsec;encrypt;help;verify' {
            break
        }
        'flowsec;encrypt;help;help' {
            break
        }
        'flowsec;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (+ create, ~ change, - remove) and write nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove what the file''s sections do not list')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;test' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show the audit signing key''s public half and where the evidence is kept')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the keyed digest the trail keeps for a token id or email address')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove records made before a time, leaving a signed anchor where they ended')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records since this time: RFC 3339, a date, or an age (30m, 12h, 7d)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only records by this actor (as shown in the actor column)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N records')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;verify' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start at this record, taking the one before it as given')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Verify an exported file (`audit export`) instead of the store')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Check signatures with this public key (`audit key`) instead of this host''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records made since this time: RFC 3339, a date, or an age (30m, 12h, 7d)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only records after this one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new records until interrupted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;checkpoint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;hash' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;prune' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Remove records made before this time: RFC 3339, a date, or an age (365d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show the audit signing key''s public half and where the evidence is kept')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the keyed digest the trail keeps for a token id or email address')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove records made before a time, leaving a signed anchor where they ended')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;audit;help;list' {
            break
        }
        'flowsec;audit;help;verify' {
            break
        }
        'flowsec;audit;help;export' {
            break
        }
        'flowsec;audit;help;checkpoint' {
            break
        }
        'flowsec;audit;help;key' {
            break
        }
        'flowsec;audit;help;hash' {
            break
        }
        'flowsec;audit;help;prune' {
            break
        }
        'flowsec;audit;help;help' {
            break
        }
        'flowsec;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The store''s kind, location, schema version and record counts')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Keep this host''s PostgreSQL password sealed under the key file, beside it')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store, every record byte for byte, into a new store at DEST')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;db;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;db;upgrade' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;db;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin instead of prompting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to make the copy: a path, sqlite:PATH or postgres://USER@HOST/DBNAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The store''s kind, location, schema version and record counts')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Keep this host''s PostgreSQL password sealed under the key file, beside it')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store, every record byte for byte, into a new store at DEST')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;db;help;status' {
            break
        }
        'flowsec;db;help;upgrade' {
            break
        }
        'flowsec;db;help;password' {
            break
        }
        'flowsec;db;help;copy' {
            break
        }
        'flowsec;db;help;help' {
            break
        }
        'flowsec;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The encryption key file [default: beside the store]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A TOML file with defaults for --db, --key-file and --output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Human tables or JSON for scripts [default: table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success; errors still go to stderr')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowsec;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a store with the built-in roles, users and permissions')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Manage roles and their members')
            [CompletionResult]::new('perms', 'perms', [CompletionResultType]::ParameterValue, 'Show the catalogue; grant, revoke and list permissions')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Manage items (repositories, services, ...) and their owners')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Decide whether a user may do something')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'Manage API tokens, which let scripts act as a user')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Verify passwords, log in and out, change or recover a password')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Directory servers (LDAP, Active Directory): their users, groups and log-ins')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change settings: password policy, expiry, lockout, sessions, email')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Store, read and list secret fields of items, encrypted')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'The encryption key: status, rotation, verification of every stored secret')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store''s users, roles, grants, items and settings as a manifest')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check a manifest''s [[assert]] entries against the store')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store itself: status, schema upgrade, a whole copy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages for flowsec and every subcommand into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowsec;help;init' {
            break
        }
        'flowsec;help;users' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s status, roles, direct grants and owned items')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s account, status or roles')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (prompt, or first line of stdin)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout after too many failed log-ins, and forget the failures')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user')
            break
        }
        'flowsec;help;users;create' {
            break
        }
        'flowsec;help;users;list' {
            break
        }
        'flowsec;help;users;show' {
            break
        }
        'flowsec;help;users;update' {
            break
        }
        'flowsec;help;users;passwd' {
            break
        }
        'flowsec;help;users;unlock' {
            break
        }
        'flowsec;help;users;remove' {
            break
        }
        'flowsec;help;roles' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role, empty or as a duplicate of another (permissions and superuser flag)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s description, members and permissions')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (never fmesuperuser)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a role')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove users from a role')
            [CompletionResult]::new('load-template', 'load-template', [CompletionResultType]::ParameterValue, 'Add every permission of other roles that ROLE lacks; removes none')
            break
        }
        'flowsec;help;roles;create' {
            break
        }
        'flowsec;help;roles;list' {
            break
        }
        'flowsec;help;roles;show' {
            break
        }
        'flowsec;help;roles;remove' {
            break
        }
        'flowsec;help;roles;add-member' {
            break
        }
        'flowsec;help;roles;remove-member' {
            break
        }
        'flowsec;help;roles;load-template' {
            break
        }
        'flowsec;help;perms' {
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'List the categories, their general and item actions, and default roles')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant permissions to a user or role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke permissions from a user or role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a role''s or user''s grants; with --effective, all a user may do and why')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Which enabled users hold a permission, and through what')
            break
        }
        'flowsec;help;perms;catalogue' {
            break
        }
        'flowsec;help;perms;grant' {
            break
        }
        'flowsec;help;perms;revoke' {
            break
        }
        'flowsec;help;perms;list' {
            break
        }
        'flowsec;help;perms;who' {
            break
        }
        'flowsec;help;items' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register an item; its owner holds every item action on it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an item''s owner and every user and role holding actions on it')
            [CompletionResult]::new('chown', 'chown', [CompletionResultType]::ParameterValue, 'Give an item to another owner')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share item actions with a user or role')
            [CompletionResult]::new('unshare', 'unshare', [CompletionResultType]::ParameterValue, 'Take back item actions shared with a user or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an item and every grant on it')
            break
        }
        'flowsec;help;items;create' {
            break
        }
        'flowsec;help;items;list' {
            break
        }
        'flowsec;help;items;show' {
            break
        }
        'flowsec;help;items;chown' {
            break
        }
        'flowsec;help;items;share' {
            break
        }
        'flowsec;help;items;unshare' {
            break
        }
        'flowsec;help;items;remove' {
            break
        }
        'flowsec;help;check' {
            break
        }
        'flowsec;help;tokens' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token; its secret is printed once, never again')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens with their status, expiry, last use and scopes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one token')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token for good (or every token of a user)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled token be used again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a token from being used until it is enabled')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not')
            break
        }
        'flowsec;help;tokens;create' {
            break
        }
        'flowsec;help;tokens;list' {
            break
        }
        'flowsec;help;tokens;show' {
            break
        }
        'flowsec;help;tokens;revoke' {
            break
        }
        'flowsec;help;tokens;enable' {
            break
        }
        'flowsec;help;tokens;disable' {
            break
        }
        'flowsec;help;tokens;verify' {
            break
        }
        'flowsec;help;auth' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this store''s session')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show this store''s session; exit 1 when none is active')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout')
            break
        }
        'flowsec;help;auth;verify' {
            break
        }
        'flowsec;help;auth;login' {
            break
        }
        'flowsec;help;auth;logout' {
            break
        }
        'flowsec;help;auth;status' {
            break
        }
        'flowsec;help;auth;passwd' {
            break
        }
        'flowsec;help;auth;recover' {
            break
        }
        'flowsec;help;auth;reset' {
            break
        }
        'flowsec;help;directory' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the directories')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a directory''s configuration, the roles its groups have and its users')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the directory''s users (and with --groups, its groups as roles)')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)')
            [CompletionResult]::new('unmap', 'unmap', [CompletionResultType]::ParameterValue, 'Take a group''s role away, and the role from the directory''s users who had it through the group')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups')
            break
        }
        'flowsec;help;directory;add' {
            break
        }
        'flowsec;help;directory;list' {
            break
        }
        'flowsec;help;directory;show' {
            break
        }
        'flowsec;help;directory;remove' {
            break
        }
        'flowsec;help;directory;test' {
            break
        }
        'flowsec;help;directory;import' {
            break
        }
        'flowsec;help;directory;map' {
            break
        }
        'flowsec;help;directory;unmap' {
            break
        }
        'flowsec;help;directory;sync' {
            break
        }
        'flowsec;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List every setting (or one) with its value in force, default and meaning')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting; a bad value changes nothing')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Return a setting to its default')
            break
        }
        'flowsec;help;settings;show' {
            break
        }
        'flowsec;help;settings;set' {
            break
        }
        'flowsec;help;settings;unset' {
            break
        }
        'flowsec;help;secrets' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone on stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the secret fields of items, never their values')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a secret field of an item')
            break
        }
        'flowsec;help;secrets;set' {
            break
        }
        'flowsec;help;secrets;get' {
            break
        }
        'flowsec;help;secrets;list' {
            break
        }
        'flowsec;help;secrets;remove' {
            break
        }
        'flowsec;help;encrypt' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the key file''s keys and how many stored values each encrypts')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new key and re-encrypt every stored secret with it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Decrypt every stored secret and report those that fail (exit 1 if any does)')
            break
        }
        'flowsec;help;encrypt;status' {
            break
        }
        'flowsec;help;encrypt;rotate' {
            break
        }
        'flowsec;help;encrypt;verify' {
            break
        }
        'flowsec;help;apply' {
            break
        }
        'flowsec;help;export' {
            break
        }
        'flowsec;help;test' {
            break
        }
        'flowsec;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show the audit signing key''s public half and where the evidence is kept')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the keyed digest the trail keeps for a token id or email address')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove records made before a time, leaving a signed anchor where they ended')
            break
        }
        'flowsec;help;audit;list' {
            break
        }
        'flowsec;help;audit;verify' {
            break
        }
        'flowsec;help;audit;export' {
            break
        }
        'flowsec;help;audit;checkpoint' {
            break
        }
        'flowsec;help;audit;key' {
            break
        }
        'flowsec;help;audit;hash' {
            break
        }
        'flowsec;help;audit;prune' {
            break
        }
        'flowsec;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The store''s kind, location, schema version and record counts')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Keep this host''s PostgreSQL password sealed under the key file, beside it')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store, every record byte for byte, into a new store at DEST')
            break
        }
        'flowsec;help;db;status' {
            break
        }
        'flowsec;help;db;upgrade' {
            break
        }
        'flowsec;help;db;password' {
            break
        }
        'flowsec;help;db;copy' {
            break
        }
        'flowsec;help;completions' {
            break
        }
        'flowsec;help;man' {
            break
        }
        'flowsec;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
