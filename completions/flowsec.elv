
use builtin;
use str;

set edit:completion:arg-completer[flowsec] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'flowsec'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'flowsec'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a store with the built-in roles, users and permissions'
            cand users 'Manage users'
            cand roles 'Manage roles and their members'
            cand perms 'Show the catalogue; grant, revoke and list permissions'
            cand items 'Manage items (repositories, services, ...) and their owners'
            cand check 'Decide whether a user may do something'
            cand tokens 'Manage API tokens, which let scripts act as a user'
            cand auth 'Verify passwords, log in and out, change or recover a password'
            cand directory 'Directory servers (LDAP, Active Directory): their users, groups and log-ins'
            cand settings 'Show and change settings: password policy, expiry, lockout, sessions, email'
            cand secrets 'Store, read and list secret fields of items, encrypted'
            cand encrypt 'The encryption key: status, rotation, verification of every stored secret'
            cand apply 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings'
            cand export 'Write the store''s users, roles, grants, items and settings as a manifest'
            cand test 'Check a manifest''s [[assert]] entries against the store'
            cand audit 'Read the audit trail'
            cand db 'The store itself: status, schema upgrade, a whole copy'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages for flowsec and every subcommand into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;init'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --admin-password-stdin 'Read the `admin` password from the first line of stdin instead of prompting'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show a user''s status, roles, direct grants and owned items'
            cand update 'Change a user''s account, status or roles'
            cand passwd 'Set a user''s password (prompt, or first line of stdin)'
            cand unlock 'End a lockout after too many failed log-ins, and forget the failures'
            cand remove 'Remove a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;users;create'= {
            cand --full-name 'full-name'
            cand --email 'Needed for password recovery by email'
            cand --role 'A role to join (repeatable)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --no-password 'Create the user without a password (it cannot log in until one is set)'
            cand --disabled 'Create the account disabled'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;list'= {
            cand --role 'Only members of this role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --enabled 'Only enabled users'
            cand --disabled 'Only disabled users'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;update'= {
            cand --sharing 'Whether the user may share items it owns'
            cand --email 'email'
            cand --full-name 'full-name'
            cand --add-role 'Join a role (repeatable)'
            cand --remove-role 'Leave a role (repeatable)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --enable 'enable'
            cand --disable 'disable'
            cand --must-change-password 'The user can verify nothing and log in nowhere until it changes its password with `flowsec auth passwd`'
            cand --allow-no-superuser 'Allow a change that leaves no enabled user with a superuser role'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;passwd'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;unlock'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;remove'= {
            cand --transfer-to 'Who receives the items the user owns'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow removing the last enabled user with a superuser role'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;users;help'= {
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show a user''s status, roles, direct grants and owned items'
            cand update 'Change a user''s account, status or roles'
            cand passwd 'Set a user''s password (prompt, or first line of stdin)'
            cand unlock 'End a lockout after too many failed log-ins, and forget the failures'
            cand remove 'Remove a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;users;help;create'= {
        }
        &'flowsec;users;help;list'= {
        }
        &'flowsec;users;help;show'= {
        }
        &'flowsec;users;help;update'= {
        }
        &'flowsec;users;help;passwd'= {
        }
        &'flowsec;users;help;unlock'= {
        }
        &'flowsec;users;help;remove'= {
        }
        &'flowsec;users;help;help'= {
        }
        &'flowsec;roles'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
            cand list 'List roles'
            cand show 'Show a role''s description, members and permissions'
            cand remove 'Remove a role (never fmesuperuser)'
            cand add-member 'Add users to a role'
            cand remove-member 'Remove users from a role'
            cand load-template 'Add every permission of other roles that ROLE lacks; removes none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;roles;create'= {
            cand --description 'description'
            cand --from 'Copy this role''s permissions and superuser flag (not its members)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --superuser 'Make it a superuser role: every permission on every target'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;list'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;remove'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow removing the role of the last enabled superuser'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;add-member'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;remove-member'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow removing the last enabled superuser from its role'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;load-template'= {
            cand --from 'The role to copy permissions from (repeatable)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;roles;help'= {
            cand create 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
            cand list 'List roles'
            cand show 'Show a role''s description, members and permissions'
            cand remove 'Remove a role (never fmesuperuser)'
            cand add-member 'Add users to a role'
            cand remove-member 'Remove users from a role'
            cand load-template 'Add every permission of other roles that ROLE lacks; removes none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;roles;help;create'= {
        }
        &'flowsec;roles;help;list'= {
        }
        &'flowsec;roles;help;show'= {
        }
        &'flowsec;roles;help;remove'= {
        }
        &'flowsec;roles;help;add-member'= {
        }
        &'flowsec;roles;help;remove-member'= {
        }
        &'flowsec;roles;help;load-template'= {
        }
        &'flowsec;roles;help;help'= {
        }
        &'flowsec;perms'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand catalogue 'List the categories, their general and item actions, and default roles'
            cand grant 'Grant permissions to a user or role'
            cand revoke 'Revoke permissions from a user or role'
            cand list 'List a role''s or user''s grants; with --effective, all a user may do and why'
            cand who 'Which enabled users hold a permission, and through what'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;perms;catalogue'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;perms;grant'= {
            cand --user 'A user'
            cand --role 'A role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;perms;revoke'= {
            cand --user 'A user'
            cand --role 'A role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;perms;list'= {
            cand --user 'A user'
            cand --role 'A role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --effective 'Everything the user may do, through roles, grants and ownership'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;perms;who'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;perms;help'= {
            cand catalogue 'List the categories, their general and item actions, and default roles'
            cand grant 'Grant permissions to a user or role'
            cand revoke 'Revoke permissions from a user or role'
            cand list 'List a role''s or user''s grants; with --effective, all a user may do and why'
            cand who 'Which enabled users hold a permission, and through what'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;perms;help;catalogue'= {
        }
        &'flowsec;perms;help;grant'= {
        }
        &'flowsec;perms;help;revoke'= {
        }
        &'flowsec;perms;help;list'= {
        }
        &'flowsec;perms;help;who'= {
        }
        &'flowsec;perms;help;help'= {
        }
        &'flowsec;items'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Register an item; its owner holds every item action on it'
            cand list 'List items'
            cand show 'Show an item''s owner and every user and role holding actions on it'
            cand chown 'Give an item to another owner'
            cand share 'Share item actions with a user or role'
            cand unshare 'Take back item actions shared with a user or role'
            cand remove 'Remove an item and every grant on it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;items;create'= {
            cand --owner 'The owner [default: the acting user, or admin]'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;list'= {
            cand --owner 'Only items this user owns'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;chown'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;share'= {
            cand --user 'A user'
            cand --role 'A role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;unshare'= {
            cand --user 'A user'
            cand --role 'A role'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;remove'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;items;help'= {
            cand create 'Register an item; its owner holds every item action on it'
            cand list 'List items'
            cand show 'Show an item''s owner and every user and role holding actions on it'
            cand chown 'Give an item to another owner'
            cand share 'Share item actions with a user or role'
            cand unshare 'Take back item actions shared with a user or role'
            cand remove 'Remove an item and every grant on it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;items;help;create'= {
        }
        &'flowsec;items;help;list'= {
        }
        &'flowsec;items;help;show'= {
        }
        &'flowsec;items;help;chown'= {
        }
        &'flowsec;items;help;share'= {
        }
        &'flowsec;items;help;unshare'= {
        }
        &'flowsec;items;help;remove'= {
        }
        &'flowsec;items;help;help'= {
        }
        &'flowsec;check'= {
            cand --user 'The user to decide for [default: the acting token''s user]'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --anonymous 'Decide for an unauthenticated request (the trusted account `guest`)'
            cand --explain 'Say what allowed or denied each permission'
            cand --batch 'Read requests as JSON lines from stdin and answer each as a JSON line'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a token; its secret is printed once, never again'
            cand list 'List tokens with their status, expiry, last use and scopes'
            cand show 'Show one token'
            cand revoke 'Revoke a token for good (or every token of a user)'
            cand enable 'Let a disabled token be used again'
            cand disable 'Stop a token from being used until it is enabled'
            cand verify 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;tokens;create'= {
            cand --user 'Whose token [default: the acting user]'
            cand --expires 'A duration (12h, 30d) or an RFC 3339 time [default: token.default-expiry, 30d]'
            cand --description 'description'
            cand --permission 'Restrict the token to this permission (repeatable)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;list'= {
            cand --user 'Only this user''s tokens [default: the acting user''s, or everyone''s]'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;revoke'= {
            cand --user 'Whose tokens to revoke, with --all'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --all 'Revoke every token of --user'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;enable'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;disable'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;verify'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;tokens;help'= {
            cand create 'Make a token; its secret is printed once, never again'
            cand list 'List tokens with their status, expiry, last use and scopes'
            cand show 'Show one token'
            cand revoke 'Revoke a token for good (or every token of a user)'
            cand enable 'Let a disabled token be used again'
            cand disable 'Stop a token from being used until it is enabled'
            cand verify 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;tokens;help;create'= {
        }
        &'flowsec;tokens;help;list'= {
        }
        &'flowsec;tokens;help;show'= {
        }
        &'flowsec;tokens;help;revoke'= {
        }
        &'flowsec;tokens;help;enable'= {
        }
        &'flowsec;tokens;help;disable'= {
        }
        &'flowsec;tokens;help;verify'= {
        }
        &'flowsec;tokens;help;help'= {
        }
        &'flowsec;auth'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
            cand login 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
            cand logout 'End this store''s session'
            cand status 'Show this store''s session; exit 1 when none is active'
            cand passwd 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)'
            cand recover 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
            cand reset 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;auth;verify'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;login'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;logout'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;status'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;passwd'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the current password, then the new one, one a line from stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;recover'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;reset'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the new password from the first line of stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;auth;help'= {
            cand verify 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
            cand login 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
            cand logout 'End this store''s session'
            cand status 'Show this store''s session; exit 1 when none is active'
            cand passwd 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)'
            cand recover 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
            cand reset 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;auth;help;verify'= {
        }
        &'flowsec;auth;help;login'= {
        }
        &'flowsec;auth;help;logout'= {
        }
        &'flowsec;auth;help;status'= {
        }
        &'flowsec;auth;help;passwd'= {
        }
        &'flowsec;auth;help;recover'= {
        }
        &'flowsec;auth;help;reset'= {
        }
        &'flowsec;auth;help;help'= {
        }
        &'flowsec;directory'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
            cand list 'List the directories'
            cand show 'Show a directory''s configuration, the roles its groups have and its users'
            cand remove 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
            cand test 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
            cand import 'Import the directory''s users (and with --groups, its groups as roles)'
            cand map 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)'
            cand unmap 'Take a group''s role away, and the role from the directory''s users who had it through the group'
            cand sync 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;directory;add'= {
            cand --url 'ldap://HOST:PORT or ldaps://HOST:PORT'
            cand --bind-dn 'The service account that searches the directory'
            cand --user-base 'Where users are searched'
            cand --user-filter 'Finds one user; {username} stands for the name given at log-in'
            cand --username-attr 'The attribute holding the user name'
            cand --email-attr 'email-attr'
            cand --full-name-attr 'full-name-attr'
            cand --group-base 'Where groups are searched; without it groups are not read'
            cand --group-filter 'group-filter'
            cand --group-attr 'The attribute holding a group''s name'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --starttls 'Upgrade the ldap:// connection to TLS with StartTLS'
            cand --bind-password-stdin 'Read the bind password from the first line of stdin'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;list'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;remove'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow disabling the last enabled user with a superuser role'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;test'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;import'= {
            cand --users 'An LDAP filter narrowing the users imported'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --groups 'Make roles of the groups that have none'
            cand --allow-no-superuser 'Allow a change that leaves no enabled user with a superuser role'
            cand --allow-empty 'Disable all the directory''s users if it lists none (refused by default)'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;map'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;unmap'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow a change that leaves no enabled user with a superuser role'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;sync'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --allow-no-superuser 'Allow a change that leaves no enabled user with a superuser role'
            cand --allow-empty 'Disable all the directory''s users if it lists none (refused by default)'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;directory;help'= {
            cand add 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
            cand list 'List the directories'
            cand show 'Show a directory''s configuration, the roles its groups have and its users'
            cand remove 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
            cand test 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
            cand import 'Import the directory''s users (and with --groups, its groups as roles)'
            cand map 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)'
            cand unmap 'Take a group''s role away, and the role from the directory''s users who had it through the group'
            cand sync 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;directory;help;add'= {
        }
        &'flowsec;directory;help;list'= {
        }
        &'flowsec;directory;help;show'= {
        }
        &'flowsec;directory;help;remove'= {
        }
        &'flowsec;directory;help;test'= {
        }
        &'flowsec;directory;help;import'= {
        }
        &'flowsec;directory;help;map'= {
        }
        &'flowsec;directory;help;unmap'= {
        }
        &'flowsec;directory;help;sync'= {
        }
        &'flowsec;directory;help;help'= {
        }
        &'flowsec;settings'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'List every setting (or one) with its value in force, default and meaning'
            cand set 'Change a setting; a bad value changes nothing'
            cand unset 'Return a setting to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;settings;show'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;settings;set'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --value-stdin 'Read a secret setting''s value from stdin (else a hidden prompt asks for it)'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;settings;unset'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;settings;help'= {
            cand show 'List every setting (or one) with its value in force, default and meaning'
            cand set 'Change a setting; a bad value changes nothing'
            cand unset 'Return a setting to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;settings;help;show'= {
        }
        &'flowsec;settings;help;set'= {
        }
        &'flowsec;settings;help;unset'= {
        }
        &'flowsec;settings;help;help'= {
        }
        &'flowsec;secrets'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
            cand get 'Print a secret''s value alone on stdout'
            cand list 'List the secret fields of items, never their values'
            cand remove 'Remove a secret field of an item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;secrets;set'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --value-stdin 'Read the value from stdin (all of it, less one trailing newline) instead of prompting'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;secrets;get'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;secrets;list'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;secrets;remove'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;secrets;help'= {
            cand set 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
            cand get 'Print a secret''s value alone on stdout'
            cand list 'List the secret fields of items, never their values'
            cand remove 'Remove a secret field of an item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;secrets;help;set'= {
        }
        &'flowsec;secrets;help;get'= {
        }
        &'flowsec;secrets;help;list'= {
        }
        &'flowsec;secrets;help;remove'= {
        }
        &'flowsec;secrets;help;help'= {
        }
        &'flowsec;encrypt'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the key file''s keys and how many stored values each encrypts'
            cand rotate 'Make a new key and re-encrypt every stored secret with it'
            cand verify 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;encrypt;status'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;encrypt;rotate'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;encrypt;verify'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;encrypt;help'= {
            cand status 'Show the key file''s keys and how many stored values each encrypts'
            cand rotate 'Make a new key and re-encrypt every stored secret with it'
            cand verify 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;encrypt;help;status'= {
        }
        &'flowsec;encrypt;help;rotate'= {
        }
        &'flowsec;encrypt;help;verify'= {
        }
        &'flowsec;encrypt;help;help'= {
        }
        &'flowsec;apply'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --dry-run 'Print the plan (+ create, ~ change, - remove) and write nothing'
            cand --prune 'Also remove what the file''s sections do not list'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;export'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;test'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit records, oldest first'
            cand verify 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not'
            cand export 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
            cand checkpoint 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
            cand key 'Show the audit signing key''s public half and where the evidence is kept'
            cand hash 'Print the keyed digest the trail keeps for a token id or email address'
            cand prune 'Remove records made before a time, leaving a signed anchor where they ended'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;audit;list'= {
            cand --since 'Only records since this time: RFC 3339, a date, or an age (30m, 12h, 7d)'
            cand --actor 'Only records by this actor (as shown in the actor column)'
            cand --limit 'Only the newest N records'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;verify'= {
            cand --from 'Start at this record, taking the one before it as given'
            cand --file 'Verify an exported file (`audit export`) instead of the store'
            cand --public-key 'Check signatures with this public key (`audit key`) instead of this host''s'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;export'= {
            cand --since 'Only records made since this time: RFC 3339, a date, or an age (30m, 12h, 7d)'
            cand --after 'Only records after this one'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --follow 'Keep printing new records until interrupted'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;checkpoint'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;key'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;hash'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;prune'= {
            cand --before 'Remove records made before this time: RFC 3339, a date, or an age (365d)'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;audit;help'= {
            cand list 'List audit records, oldest first'
            cand verify 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not'
            cand export 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
            cand checkpoint 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
            cand key 'Show the audit signing key''s public half and where the evidence is kept'
            cand hash 'Print the keyed digest the trail keeps for a token id or email address'
            cand prune 'Remove records made before a time, leaving a signed anchor where they ended'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;audit;help;list'= {
        }
        &'flowsec;audit;help;verify'= {
        }
        &'flowsec;audit;help;export'= {
        }
        &'flowsec;audit;help;checkpoint'= {
        }
        &'flowsec;audit;help;key'= {
        }
        &'flowsec;audit;help;hash'= {
        }
        &'flowsec;audit;help;prune'= {
        }
        &'flowsec;audit;help;help'= {
        }
        &'flowsec;db'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'The store''s kind, location, schema version and record counts'
            cand upgrade 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)'
            cand password 'Keep this host''s PostgreSQL password sealed under the key file, beside it'
            cand copy 'Copy the whole store, every record byte for byte, into a new store at DEST'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;db;status'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;db;upgrade'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;db;password'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand --password-stdin 'Read the password from the first line of stdin instead of prompting'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;db;copy'= {
            cand --to 'Where to make the copy: a path, sqlite:PATH or postgres://USER@HOST/DBNAME'
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;db;help'= {
            cand status 'The store''s kind, location, schema version and record counts'
            cand upgrade 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)'
            cand password 'Keep this host''s PostgreSQL password sealed under the key file, beside it'
            cand copy 'Copy the whole store, every record byte for byte, into a new store at DEST'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;db;help;status'= {
        }
        &'flowsec;db;help;upgrade'= {
        }
        &'flowsec;db;help;password'= {
        }
        &'flowsec;db;help;copy'= {
        }
        &'flowsec;db;help;help'= {
        }
        &'flowsec;completions'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;man'= {
            cand --db 'The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]'
            cand --key-file 'The encryption key file [default: beside the store]'
            cand --config 'A TOML file with defaults for --db, --key-file and --output'
            cand -o 'Human tables or JSON for scripts [default: table]'
            cand --output 'Human tables or JSON for scripts [default: table]'
            cand -q 'Print nothing on success; errors still go to stderr'
            cand --quiet 'Print nothing on success; errors still go to stderr'
            cand --token 'Act as a token''s user, reading the token from the first line of stdin (or set FLOWSEC_TOKEN)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowsec;help'= {
            cand init 'Create a store with the built-in roles, users and permissions'
            cand users 'Manage users'
            cand roles 'Manage roles and their members'
            cand perms 'Show the catalogue; grant, revoke and list permissions'
            cand items 'Manage items (repositories, services, ...) and their owners'
            cand check 'Decide whether a user may do something'
            cand tokens 'Manage API tokens, which let scripts act as a user'
            cand auth 'Verify passwords, log in and out, change or recover a password'
            cand directory 'Directory servers (LDAP, Active Directory): their users, groups and log-ins'
            cand settings 'Show and change settings: password policy, expiry, lockout, sessions, email'
            cand secrets 'Store, read and list secret fields of items, encrypted'
            cand encrypt 'The encryption key: status, rotation, verification of every stored secret'
            cand apply 'Make the store match a manifest (TOML): users, roles, members, grants, items, settings'
            cand export 'Write the store''s users, roles, grants, items and settings as a manifest'
            cand test 'Check a manifest''s [[assert]] entries against the store'
            cand audit 'Read the audit trail'
            cand db 'The store itself: status, schema upgrade, a whole copy'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages for flowsec and every subcommand into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowsec;help;init'= {
        }
        &'flowsec;help;users'= {
            cand create 'Create a user'
            cand list 'List users'
            cand show 'Show a user''s status, roles, direct grants and owned items'
            cand update 'Change a user''s account, status or roles'
            cand passwd 'Set a user''s password (prompt, or first line of stdin)'
            cand unlock 'End a lockout after too many failed log-ins, and forget the failures'
            cand remove 'Remove a user'
        }
        &'flowsec;help;users;create'= {
        }
        &'flowsec;help;users;list'= {
        }
        &'flowsec;help;users;show'= {
        }
        &'flowsec;help;users;update'= {
        }
        &'flowsec;help;users;passwd'= {
        }
        &'flowsec;help;users;unlock'= {
        }
        &'flowsec;help;users;remove'= {
        }
        &'flowsec;help;roles'= {
            cand create 'Create a role, empty or as a duplicate of another (permissions and superuser flag)'
            cand list 'List roles'
            cand show 'Show a role''s description, members and permissions'
            cand remove 'Remove a role (never fmesuperuser)'
            cand add-member 'Add users to a role'
            cand remove-member 'Remove users from a role'
            cand load-template 'Add every permission of other roles that ROLE lacks; removes none'
        }
        &'flowsec;help;roles;create'= {
        }
        &'flowsec;help;roles;list'= {
        }
        &'flowsec;help;roles;show'= {
        }
        &'flowsec;help;roles;remove'= {
        }
        &'flowsec;help;roles;add-member'= {
        }
        &'flowsec;help;roles;remove-member'= {
        }
        &'flowsec;help;roles;load-template'= {
        }
        &'flowsec;help;perms'= {
            cand catalogue 'List the categories, their general and item actions, and default roles'
            cand grant 'Grant permissions to a user or role'
            cand revoke 'Revoke permissions from a user or role'
            cand list 'List a role''s or user''s grants; with --effective, all a user may do and why'
            cand who 'Which enabled users hold a permission, and through what'
        }
        &'flowsec;help;perms;catalogue'= {
        }
        &'flowsec;help;perms;grant'= {
        }
        &'flowsec;help;perms;revoke'= {
        }
        &'flowsec;help;perms;list'= {
        }
        &'flowsec;help;perms;who'= {
        }
        &'flowsec;help;items'= {
            cand create 'Register an item; its owner holds every item action on it'
            cand list 'List items'
            cand show 'Show an item''s owner and every user and role holding actions on it'
            cand chown 'Give an item to another owner'
            cand share 'Share item actions with a user or role'
            cand unshare 'Take back item actions shared with a user or role'
            cand remove 'Remove an item and every grant on it'
        }
        &'flowsec;help;items;create'= {
        }
        &'flowsec;help;items;list'= {
        }
        &'flowsec;help;items;show'= {
        }
        &'flowsec;help;items;chown'= {
        }
        &'flowsec;help;items;share'= {
        }
        &'flowsec;help;items;unshare'= {
        }
        &'flowsec;help;items;remove'= {
        }
        &'flowsec;help;check'= {
        }
        &'flowsec;help;tokens'= {
            cand create 'Make a token; its secret is printed once, never again'
            cand list 'List tokens with their status, expiry, last use and scopes'
            cand show 'Show one token'
            cand revoke 'Revoke a token for good (or every token of a user)'
            cand enable 'Let a disabled token be used again'
            cand disable 'Stop a token from being used until it is enabled'
            cand verify 'Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not'
        }
        &'flowsec;help;tokens;create'= {
        }
        &'flowsec;help;tokens;list'= {
        }
        &'flowsec;help;tokens;show'= {
        }
        &'flowsec;help;tokens;revoke'= {
        }
        &'flowsec;help;tokens;enable'= {
        }
        &'flowsec;help;tokens;disable'= {
        }
        &'flowsec;help;tokens;verify'= {
        }
        &'flowsec;help;auth'= {
            cand verify 'Check USER''s password: exit 0 when it is right and the user may log in, 1 when not; opens no session'
            cand login 'Log in as USER: opens a session kept for this store in a private file under the state directory; it ends after `session.idle-minutes` unused'
            cand logout 'End this store''s session'
            cand status 'Show this store''s session; exit 1 when none is active'
            cand passwd 'Change USER''s own password: the current one, then the new one (also what an expired or must-change password requires)'
            cand recover 'Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from and an email address on the user)'
            cand reset 'Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a prompt); also ends a lockout'
        }
        &'flowsec;help;auth;verify'= {
        }
        &'flowsec;help;auth;login'= {
        }
        &'flowsec;help;auth;logout'= {
        }
        &'flowsec;help;auth;status'= {
        }
        &'flowsec;help;auth;passwd'= {
        }
        &'flowsec;help;auth;recover'= {
        }
        &'flowsec;help;auth;reset'= {
        }
        &'flowsec;help;directory'= {
            cand add 'Add a directory server; its bind password is read from a hidden prompt or stdin and kept encrypted. Nothing contacts the server (`directory test` does)'
            cand list 'List the directories'
            cand show 'Show a directory''s configuration, the roles its groups have and its users'
            cand remove 'Remove a directory, its group roles and bind password; its users are disabled (kept, with what they own)'
            cand test 'Bind as the service account and report what the filters find; exit 2 when the directory cannot be reached or refuses'
            cand import 'Import the directory''s users (and with --groups, its groups as roles)'
            cand map 'Give a directory group that has no role an existing role, from the next import or sync on (to change a group''s role, unmap it first)'
            cand unmap 'Take a group''s role away, and the role from the directory''s users who had it through the group'
            cand sync 'Read the directory again as the last import did: new users are created, users gone are disabled (not deleted), memberships follow the groups'
        }
        &'flowsec;help;directory;add'= {
        }
        &'flowsec;help;directory;list'= {
        }
        &'flowsec;help;directory;show'= {
        }
        &'flowsec;help;directory;remove'= {
        }
        &'flowsec;help;directory;test'= {
        }
        &'flowsec;help;directory;import'= {
        }
        &'flowsec;help;directory;map'= {
        }
        &'flowsec;help;directory;unmap'= {
        }
        &'flowsec;help;directory;sync'= {
        }
        &'flowsec;help;settings'= {
            cand show 'List every setting (or one) with its value in force, default and meaning'
            cand set 'Change a setting; a bad value changes nothing'
            cand unset 'Return a setting to its default'
        }
        &'flowsec;help;settings;show'= {
        }
        &'flowsec;help;settings;set'= {
        }
        &'flowsec;help;settings;unset'= {
        }
        &'flowsec;help;secrets'= {
            cand set 'Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin'
            cand get 'Print a secret''s value alone on stdout'
            cand list 'List the secret fields of items, never their values'
            cand remove 'Remove a secret field of an item'
        }
        &'flowsec;help;secrets;set'= {
        }
        &'flowsec;help;secrets;get'= {
        }
        &'flowsec;help;secrets;list'= {
        }
        &'flowsec;help;secrets;remove'= {
        }
        &'flowsec;help;encrypt'= {
            cand status 'Show the key file''s keys and how many stored values each encrypts'
            cand rotate 'Make a new key and re-encrypt every stored secret with it'
            cand verify 'Decrypt every stored secret and report those that fail (exit 1 if any does)'
        }
        &'flowsec;help;encrypt;status'= {
        }
        &'flowsec;help;encrypt;rotate'= {
        }
        &'flowsec;help;encrypt;verify'= {
        }
        &'flowsec;help;apply'= {
        }
        &'flowsec;help;export'= {
        }
        &'flowsec;help;test'= {
        }
        &'flowsec;help;audit'= {
            cand list 'List audit records, oldest first'
            cand verify 'Check the trail''s hash chain and its signed checkpoints: exit 0 intact, 1 not'
            cand export 'Print records as JSON lines, with their hashes, for a SIEM or `verify --file`'
            cand checkpoint 'Sign a checkpoint of the trail as it is now (also made every `audit.checkpoint-every` records)'
            cand key 'Show the audit signing key''s public half and where the evidence is kept'
            cand hash 'Print the keyed digest the trail keeps for a token id or email address'
            cand prune 'Remove records made before a time, leaving a signed anchor where they ended'
        }
        &'flowsec;help;audit;list'= {
        }
        &'flowsec;help;audit;verify'= {
        }
        &'flowsec;help;audit;export'= {
        }
        &'flowsec;help;audit;checkpoint'= {
        }
        &'flowsec;help;audit;key'= {
        }
        &'flowsec;help;audit;hash'= {
        }
        &'flowsec;help;audit;prune'= {
        }
        &'flowsec;help;db'= {
            cand status 'The store''s kind, location, schema version and record counts'
            cand upgrade 'Bring the store''s schema up to this flowsec''s (a SQLite store is upgraded when opened)'
            cand password 'Keep this host''s PostgreSQL password sealed under the key file, beside it'
            cand copy 'Copy the whole store, every record byte for byte, into a new store at DEST'
        }
        &'flowsec;help;db;status'= {
        }
        &'flowsec;help;db;upgrade'= {
        }
        &'flowsec;help;db;password'= {
        }
        &'flowsec;help;db;copy'= {
        }
        &'flowsec;help;completions'= {
        }
        &'flowsec;help;man'= {
        }
        &'flowsec;help;help'= {
        }
    ]
    $completions[$command]
}
