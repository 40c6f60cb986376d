//! Issue 2: defaults, the decision rules, users, roles, items, notation errors, batch,
//! and the store's guarantees, driven through the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::{Env, all_succeed, run_command};

/// model.md's catalogue, copied independently: category, general action, default roles.
const DEFAULTS: &[(&str, &str, &str)] = &[
    ("analytics", "access", "AS"),
    ("automations", "access", "AUS"),
    ("automations", "create", "AUS"),
    ("broadcast-messages", "manage", "AS"),
    ("connections", "access", "AUS"),
    ("connections", "create", "AUS"),
    ("connections", "manage", "AUS"),
    ("dashboards", "access", "AUS"),
    ("data-collection", "manage", "S"),
    ("deployment-parameters", "access", "AUS"),
    ("deployment-parameters", "create", "AUS"),
    ("automation-apps", "access", "AUS"),
    ("automation-apps", "create", "AUS"),
    ("gallery-apps", "access", "AUS"),
    ("gallery-apps", "create", "AUS"),
    ("workspace-apps", "access", "AUS"),
    ("workspace-apps", "create", "AUS"),
    ("jobs", "access", "AUGSR"),
    ("jobs", "manage", "AS"),
    ("licensing-engines", "manage", "AS"),
    ("network-email", "manage", "AS"),
    ("packages", "access", ""),
    ("packages", "upload", "AUS"),
    ("projects", "access", "AUS"),
    ("projects", "create", "AUS"),
    ("publications", "access", "AUS"),
    ("publications", "create", "AUS"),
    ("queue-control", "manage", "AS"),
    ("repositories", "access", "AUS"),
    ("repositories", "create", "AUS"),
    ("resources", "access", "AUS"),
    ("resources", "create", "AS"),
    ("run-workspace", "access", "AUGSR"),
    ("run-workspace", "advanced", "AUS"),
    ("schedules", "access", "AUS"),
    ("schedules", "create", "AUS"),
    ("security", "manage", "S"),
    ("services", "manage", "AS"),
    ("streams", "access", "AUS"),
    ("streams", "create", "AUS"),
    ("subscriptions", "access", "AUS"),
    ("subscriptions", "create", "AUS"),
    ("system-cleanup", "manage", "AS"),
    ("system-events", "manage", "AS"),
    ("topics", "access", "AUS"),
    ("topics", "create", "AUS"),
    ("user-management", "manage", "AS"),
    ("version-control", "access", "AUS"),
    ("version-control", "manage", "AS"),
];

const ROLES: &[(char, &str)] = &[
    ('A', "fmeadmin"),
    ('U', "fmeauthor"),
    ('G', "fmeguest"),
    ('S', "fmesuperuser"),
    ('R', "fmeuser"),
];

#[test]
fn every_default_role_holds_exactly_the_catalogue_defaults() {
    let env = Env::new();
    for (letter, role) in ROLES {
        let listed = env
            .ok(&["-o", "json", "perms", "list", "--role", role])
            .json();
        let mut got: Vec<String> = listed["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        got.sort();
        let mut want: Vec<String> = DEFAULTS
            .iter()
            .filter(|(_, _, roles)| roles.contains(*letter))
            .map(|(c, a, _)| format!("{c}:{a}"))
            .collect();
        want.sort();
        assert_eq!(got, want, "grants of {role}");
    }
    let catalogue = env.ok(&["-o", "json", "perms", "catalogue"]).json();
    assert_eq!(catalogue.as_array().unwrap().len(), 30);
}

#[test]
fn defaults_users_and_their_states() {
    let env = Env::new();
    let users = env.ok(&["-o", "json", "users", "list"]).json();
    let users = users.as_array().unwrap();
    let find = |name: &str| users.iter().find(|u| u["name"] == name).unwrap().clone();
    assert_eq!(find("admin")["enabled"], true);
    assert_eq!(find("admin")["has_password"], true);
    assert_eq!(
        find("admin")["roles"],
        serde_json::json!(["fmeadmin", "fmesuperuser"])
    );
    for (name, role) in [
        ("author", "fmeauthor"),
        ("user", "fmeuser"),
        ("guest", "fmeguest"),
    ] {
        assert_eq!(find(name)["enabled"], false, "{name}");
        assert_eq!(find(name)["has_password"], false, "{name}");
        assert_eq!(find(name)["roles"], serde_json::json!([role]), "{name}");
    }
    assert_eq!(users.len(), 4);
}

#[test]
fn the_seeds_worked_example_needs_both_permissions() {
    let env = Env::new();
    env.ok(&["items", "create", "repositories/Samples"]);
    env.ok(&["items", "create", "services/Data Download"]);
    env.ok(&["roles", "create", "runners"]);
    env.ok(&[
        "users",
        "create",
        "user1",
        "--no-password",
        "--role",
        "runners",
    ]);
    env.ok(&[
        "perms",
        "grant",
        "--role",
        "runners",
        "repositories/Samples:run",
    ]);
    let both = [
        "--user",
        "user1",
        "repositories/Samples:run",
        "services/Data Download:full-access",
    ];
    let d = env.check(&both);
    assert!(!d.allowed);
    assert!(d.results[0].allowed);
    assert_eq!(d.kinds(1), ["no_grant"]);
    assert_eq!(
        d.results[1].permission,
        "services/Data Download:full-access"
    );

    env.ok(&[
        "perms",
        "grant",
        "--role",
        "runners",
        "services/Data Download:full-access",
    ]);
    let d = env.check(&both);
    assert!(d.allowed);
    assert_eq!(d.results[1].reasons[0].role.as_deref(), Some("runners"));
    // Running needs no general access to repositories (003).
    assert!(
        !env.check(&["--user", "user1", "repositories:access"])
            .allowed
    );

    let explained = env.run(&[
        "check",
        "--explain",
        "--user",
        "user1",
        "repositories/Samples:run",
    ]);
    assert_eq!(explained.code, 0);
    assert!(
        explained.stdout.contains("granted to role `runners`"),
        "{}",
        explained.stdout
    );
}

#[test]
fn direct_grants_ownership_and_superusers() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["users", "create", "carol", "--no-password"]);
    env.ok(&["items", "create", "repositories/Mine", "--owner", "bob"]);

    let d = env.check(&[
        "--user",
        "bob",
        "repositories/Mine:remove",
        "repositories/Mine:publish",
    ]);
    assert!(d.allowed);
    assert_eq!(d.kinds(0), ["owner"]);
    assert!(
        !env.check(&["--user", "carol", "repositories/Mine:read"])
            .allowed
    );

    env.ok(&["items", "chown", "repositories/Mine", "carol"]);
    assert!(
        !env.check(&["--user", "bob", "repositories/Mine:read"])
            .allowed
    );
    assert!(
        env.check(&["--user", "carol", "repositories/Mine:read"])
            .allowed
    );

    env.ok(&["perms", "grant", "--user", "bob", "jobs:manage"]);
    assert_eq!(
        env.check(&["--user", "BOB", "jobs:manage"]).kinds(0),
        ["direct_grant"]
    );

    let d = env.check(&["--user", "bob", "repositories/Nowhere:run"]);
    assert_eq!(d.kinds(0), ["no_such_item"]);
    let d = env.check(&["--user", "admin", "repositories/Nowhere:run"]);
    assert!(d.allowed, "a superuser role holds items created later");
    assert_eq!(d.kinds(0), ["superuser_role"]);
}

#[test]
fn unknown_disabled_and_anonymous_subjects() {
    let env = Env::new();
    let d = env.check(&["--user", "nobody", "jobs:access"]);
    assert_eq!(d.subject.rejected.as_deref(), Some("unknown_user"));
    let d = env.check(&["--user", "author", "repositories:create"]);
    assert_eq!(d.subject.rejected.as_deref(), Some("disabled_user"));
    env.ok(&["users", "update", "author", "--enable"]);
    assert!(
        env.check(&["--user", "author", "repositories:create"])
            .allowed
    );

    let d = env.check(&["--anonymous", "jobs:access"]);
    assert!(d.subject.anonymous);
    assert_eq!(d.subject.user, "guest");
    assert_eq!(
        d.subject.rejected.as_deref(),
        Some("trusted_account_disabled")
    );
    env.ok(&["users", "update", "guest", "--enable"]);
    assert!(env.check(&["--anonymous", "jobs:access"]).allowed);
    assert!(!env.check(&["--anonymous", "repositories:create"]).allowed);
    env.ok(&["users", "remove", "guest"]);
    let d = env.check(&["--anonymous", "jobs:access"]);
    assert_eq!(d.subject.rejected.as_deref(), Some("no_trusted_account"));
}

#[test]
fn roles_duplicate_templates_and_lockout_protection() {
    let env = Env::new();
    env.ok(&["roles", "create", "su2", "--from", "fmesuperuser"]);
    let su2 = env.ok(&["-o", "json", "roles", "show", "su2"]).json();
    assert_eq!(su2["superuser"], true);
    assert_eq!(
        su2["members"],
        serde_json::json!([]),
        "members are not copied"
    );

    env.ok(&["roles", "create", "mixed"]);
    env.ok(&["perms", "grant", "--role", "mixed", "security:manage"]);
    env.ok(&[
        "roles",
        "load-template",
        "mixed",
        "--from",
        "fmeguest",
        "--from",
        "fmeuser",
    ]);
    let mixed = env
        .ok(&["-o", "json", "perms", "list", "--role", "mixed"])
        .json();
    assert_eq!(
        mixed["permissions"],
        serde_json::json!(["jobs:access", "run-workspace:access", "security:manage"])
    );

    assert_eq!(env.run(&["roles", "remove", "fmesuperuser"]).code, 2);
    for attempt in [
        vec!["users", "update", "admin", "--disable"],
        vec!["users", "remove", "admin"],
        vec!["roles", "remove-member", "fmesuperuser", "admin"],
    ] {
        let before = env.db_bytes();
        let mut args = vec!["-o", "json"];
        args.extend(&attempt);
        let r = env.run(&args);
        assert_eq!(r.code, 2, "{attempt:?}");
        assert_eq!(r.error_kind(), "conflict", "{attempt:?}");
        assert_eq!(env.db_bytes(), before, "{attempt:?} changed the store");
    }
    env.ok(&[
        "users",
        "update",
        "admin",
        "--disable",
        "--allow-no-superuser",
    ]);
    assert!(!env.check(&["--user", "admin", "security:manage"]).allowed);
}

#[test]
fn users_create_update_passwd_and_remove() {
    let env = Env::new();
    let r = env.run_stdin(
        &[
            "-o",
            "json",
            "users",
            "create",
            "alice",
            "--full-name",
            "Alice Example",
            "--email",
            "alice@example.com",
            "--role",
            "fmeauthor",
            "--password-stdin",
        ],
        "horse-staple-99\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let alice = r.json();
    assert_eq!(alice["has_password"], true);
    assert_eq!(alice["email"], "alice@example.com");
    assert_eq!(alice["roles"], serde_json::json!(["fmeauthor"]));
    assert!(!r.stdout.contains("horse-staple-99"));

    let dup = env.run(&["-o", "json", "users", "create", "ALICE", "--no-password"]);
    assert_eq!((dup.code, dup.error_kind().as_str()), (2, "conflict"));
    let bad_email = env.run(&[
        "-o",
        "json",
        "users",
        "create",
        "x",
        "--email",
        "nope",
        "--no-password",
    ]);
    assert_eq!(
        (bad_email.code, bad_email.error_kind().as_str()),
        (2, "invalid_input")
    );
    for weak in ["short\n", "my-name-is-zed\n"] {
        let r = env.run_stdin(&["users", "create", "zed", "--password-stdin"], weak);
        assert_eq!(r.code, 2, "{weak}");
        assert!(r.stderr.contains("policy"), "{}", r.stderr);
    }
    let no_tty = env.run(&["users", "create", "zed"]);
    assert_eq!(no_tty.code, 2);
    assert!(
        no_tty.stderr.contains("--password-stdin"),
        "{}",
        no_tty.stderr
    );

    env.ok(&[
        "users",
        "update",
        "alice",
        "--sharing",
        "off",
        "--add-role",
        "fmeuser",
        "--remove-role",
        "fmeauthor",
    ]);
    let alice = env.ok(&["-o", "json", "users", "show", "alice"]).json();
    assert_eq!(alice["sharing"], false);
    assert_eq!(alice["roles"], serde_json::json!(["fmeuser"]));
    let r = env.run_stdin(
        &["users", "passwd", "alice", "--password-stdin"],
        "another-pass-1\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);

    let authors = env
        .ok(&[
            "-o",
            "json",
            "users",
            "list",
            "--role",
            "fmeuser",
            "--enabled",
        ])
        .json();
    let names: Vec<&str> = authors
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice"]);

    env.ok(&["items", "create", "topics/news", "--owner", "alice"]);
    let r = env.run(&["users", "remove", "alice"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--transfer-to"), "{}", r.stderr);
    env.ok(&["users", "remove", "alice", "--transfer-to", "admin"]);
    let item = env
        .ok(&["-o", "json", "items", "show", "topics/news"])
        .json();
    assert_eq!(item["owner"], "admin");
}

#[test]
fn a_failed_grant_changes_nothing() {
    let env = Env::new();
    env.ok(&["roles", "create", "r"]);
    let before = env.db_bytes();
    let r = env.run(&[
        "-o",
        "json",
        "perms",
        "grant",
        "--role",
        "r",
        "jobs:access",
        "repositories/Missing:run",
    ]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));
    assert_eq!(env.db_bytes(), before);
    let listed = env
        .ok(&["-o", "json", "perms", "list", "--role", "r"])
        .json();
    assert_eq!(listed["permissions"], serde_json::json!([]));
}

#[test]
fn notation_errors_exit_2_with_invalid_input() {
    let env = Env::new();
    for bad in [
        "nope:access",
        "repositories:run",
        "repositories/Samples:create",
        "analytics/x:access",
        "repositories",
        "repositories:",
        "repositories/:run",
        ":run",
    ] {
        let r = env.run(&["-o", "json", "check", "--user", "admin", bad]);
        assert_eq!(r.code, 2, "{bad}");
        assert_eq!(r.error_kind(), "invalid_input", "{bad}");
        assert!(r.stdout.is_empty(), "{bad}");
    }
    let long = "x".repeat(65);
    for bad in ["a b", "a:b", "a/b", long.as_str()] {
        let r = env.run(&["-o", "json", "users", "create", bad, "--no-password"]);
        assert_eq!(
            (r.code, r.error_kind().as_str()),
            (2, "invalid_input"),
            "{bad}"
        );
    }
    let usage = env.run(&["-o", "json", "check", "--frobnicate"]);
    assert_eq!((usage.code, usage.error_kind().as_str()), (2, "usage"));
}

#[test]
fn batch_answers_every_line_in_order() {
    let env = Env::new();
    let input = [
        r#"{"user":"admin","permissions":["security:manage"]}"#,
        r#"{"anonymous":true,"permissions":["jobs:access"]}"#,
        "garbage",
        r#"{"user":"admin","permissions":["nope:x"]}"#,
        "",
        r#"{"user":"author","permissions":["jobs:access"]}"#,
    ]
    .join("\n");
    let r = env.run_stdin(&["check", "--batch"], &format!("{input}\n"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.json_lines();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["allowed"], true);
    assert_eq!(lines[1]["subject"]["anonymous"], true);
    assert_eq!(lines[1]["allowed"], false);
    assert!(
        lines[2]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("line 3:")
    );
    assert_eq!(lines[3]["error"]["kind"], "invalid_input");
    assert!(
        lines[4]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("line 5:")
    );
    assert_eq!(lines[5]["subject"]["rejected"], "disabled_user");
}

/// Answers are written some lines behind the reading: each line still gets its own answer,
/// in order, up to the last.
#[test]
fn long_batch_answers_each_line_in_place() {
    let env = Env::new();
    let request = |n: usize| match n % 5 {
        3 => format!("garbage {n}"),
        1 | 4 => r#"{"user":"author","permissions":["jobs:access"]}"#.to_string(),
        _ => format!(r#"{{"user":"admin","permissions":["repositories/Repo {n}:read"]}}"#),
    };
    let lines = 53;
    let input: String = (0..lines).map(|n| request(n) + "\n").collect();
    let r = env.run_stdin(&["check", "--batch"], &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let answers = r.json_lines();
    assert_eq!(answers.len(), lines);
    for (n, answer) in answers.iter().enumerate() {
        match n % 5 {
            3 => assert_eq!(
                answer["error"]["message"]
                    .as_str()
                    .unwrap()
                    .split(':')
                    .next(),
                Some(format!("line {}", n + 1).as_str())
            ),
            1 | 4 => assert_eq!(answer["subject"]["rejected"], "disabled_user", "line {n}"),
            _ => assert_eq!(
                answer["results"][0]["permission"],
                format!("repositories/Repo {n}:read"),
                "line {n}"
            ),
        }
    }
}

/// A line that is not UTF-8 is a bad line like any other: answered, and the batch goes on.
#[test]
fn batch_answers_a_line_that_is_not_text() {
    let env = Env::new();
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"user\":\"admin\",\"permissions\":[\"jobs:access\"]}\n");
    input.extend_from_slice(b"{\"user\":\"adm\xffin\",\"permissions\":[\"jobs:access\"]}\n");
    input.extend_from_slice(b"{\"user\":\"admin\",\"permissions\":[\"jobs:access\"]}\r\n");
    let r = run_command(env.command().args(["check", "--batch"]), &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let answers = r.json_lines();
    assert_eq!(answers.len(), 3);
    assert_eq!(answers[0]["allowed"], true);
    assert_eq!(answers[1]["error"]["kind"], "invalid_input");
    assert!(
        answers[1]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("line 2:")
    );
    assert_eq!(answers[2]["allowed"], true);
}

#[test]
fn store_creation_rules() {
    let env = Env::empty();
    let r = env.run(&["-o", "json", "users", "list"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));
    assert!(r.stderr.contains("flowsec init"), "{}", r.stderr);
    assert!(
        !env.db.exists(),
        "a missing explicit store must not be created"
    );

    let env = Env::new();
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let before = env.db_bytes();
    let again = env.run_stdin(
        &["-o", "json", "init", "--admin-password-stdin"],
        "whatever-123\n",
    );
    assert_eq!((again.code, again.error_kind().as_str()), (2, "conflict"));
    assert_eq!(env.db_bytes(), before);

    let junk = env.path("junk.db");
    std::fs::write(&junk, b"this is not a database, just some bytes..........").unwrap();
    let r = run_command(
        env.command()
            .env("FLOWSEC_DB", &junk)
            .args(["-o", "json", "users", "list"]),
        "",
    );
    assert_eq!((r.code, r.error_kind().as_str()), (2, "store"));
}

#[test]
fn the_default_store_is_created_on_first_use_even_by_racing_processes() {
    let env = Env::empty();
    all_succeed((0..8).map(|_| {
        let mut c = env.command();
        c.env_remove("FLOWSEC_DB")
            .args(["check", "--user", "admin", "security:manage"]);
        c
    }));
    assert!(env.path("data/flowsec/flowsec.db").exists());
    assert!(env.path("data/flowsec/flowsec.key").exists());
}

#[test]
fn parallel_writers_all_land() {
    let env = Env::new();
    all_succeed((0..8).map(|i| {
        let mut c = env.command();
        c.args(["users", "create", &format!("u{i}"), "--no-password"]);
        c
    }));
    let users = env.ok(&["-o", "json", "users", "list"]).json();
    assert_eq!(users.as_array().unwrap().len(), 12);
}

#[test]
fn effective_permissions_and_who() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "bob",
        "--no-password",
        "--role",
        "fmeuser",
    ]);
    env.ok(&["items", "create", "schedules/nightly", "--owner", "bob"]);
    let eff = env
        .ok(&[
            "-o",
            "json",
            "perms",
            "list",
            "--user",
            "bob",
            "--effective",
        ])
        .json();
    let perms: Vec<&str> = eff["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["permission"].as_str().unwrap())
        .collect();
    assert_eq!(
        perms,
        [
            "jobs:access",
            "run-workspace:access",
            "schedules/nightly:full-access"
        ]
    );
    assert_eq!(eff["superuser_roles"], serde_json::json!([]));

    let who = env
        .ok(&["-o", "json", "perms", "who", "security:manage"])
        .json();
    assert_eq!(who[0]["user"], "admin");
    assert_eq!(who.as_array().unwrap().len(), 1);
    let who = env
        .ok(&[
            "-o",
            "json",
            "perms",
            "who",
            "schedules/nightly:full-access",
        ])
        .json();
    let users: Vec<&str> = who
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["user"].as_str().unwrap())
        .collect();
    assert_eq!(users, ["admin", "bob"]);
}

#[test]
fn quiet_prints_nothing_on_success() {
    let env = Env::new();
    let r = env.run(&["-q", "check", "--user", "admin", "jobs:access"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
}

#[test]
fn a_store_url_is_never_taken_for_a_file_name() {
    let env = Env::new();
    let cwd = env.path("cwd");
    std::fs::create_dir(&cwd).unwrap();
    // Nothing listens there: the URL is tried as a server, never made a file.
    let nowhere = support::free_port();
    for (db, kind, says) in [
        (
            format!("postgres://u@127.0.0.1:{nowhere}/flowsec"),
            "store",
            "cannot connect to the PostgreSQL store",
        ),
        (
            format!("postgresql://u@127.0.0.1:{nowhere}/flowsec?sslmode=disable"),
            "store",
            "cannot connect to the PostgreSQL store",
        ),
        ("ftp://h/x".into(), "usage", "not a kind of store"),
        (
            "postgres://u:hunter2@h/db".into(),
            "usage",
            "holds a password",
        ),
        (
            "postgres://u@h/db?password=hunter2".into(),
            "usage",
            "holds a password",
        ),
    ] {
        let r = support::run_command(
            env.command()
                .current_dir(&cwd)
                .args(["-o", "json", "--db", &db, "users", "list"]),
            "",
        );
        assert_eq!(
            (r.code, r.error_kind()),
            (2, kind.into()),
            "{db}: {}",
            r.stderr
        );
        assert!(r.stderr.contains(says), "{db}: {}", r.stderr);
        assert!(!r.stderr.contains("hunter2"));
    }
    assert_eq!(
        std::fs::read_dir(&cwd).unwrap().count(),
        0,
        "something was created for a URL"
    );
    // `sqlite:PATH` is the path.
    let named = format!("sqlite:{}", env.db.display());
    let r = support::run_command(env.command().args(["--db", &named, "users", "list"]), "");
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
#[should_panic(expected = "was still running after")]
fn a_hung_command_fails_its_test_instead_of_holding_ci() {
    let child = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .unwrap();
    support::finish_within(child, std::time::Duration::from_millis(200));
}
