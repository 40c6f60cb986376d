//! Issue 15: the holes an attacker with a token or a second OS account would use, each
//! driven through the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mail.rs"]
mod mail;
mod support;

use std::process::Stdio;

use support::{Env, finish};

const ALICE: &str = "Wonderland-Key-7";

fn with_alice() -> Env {
    let env = Env::new();
    env.user("alice", ALICE);
    env
}

/// alice, with a session open in the test's shell.
fn alice_logged_in() -> Env {
    let env = with_alice();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    env
}

/// The audit records of one action, as JSON.
fn records(env: &Env, action: &str) -> Vec<serde_json::Value> {
    let all = env.ok(&["-o", "json", "audit", "list"]).json();
    all.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == action)
        .cloned()
        .collect()
}

/// Runs `args` 40 times at once, each with `stdin`, and returns the exit codes.
fn in_parallel(env: &Env, args: &[&str], stdin: &str) -> Vec<i32> {
    use std::io::Write;
    let children: Vec<_> = (0..40)
        .map(|_| {
            let mut child = env
                .command()
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(stdin.as_bytes())
                .unwrap();
            child
        })
        .collect();
    children
        .into_iter()
        .map(|c| finish(c).status.code().unwrap_or(-1))
        .collect()
}

#[test]
fn parallel_wrong_passwords_check_at_most_max_failures_and_lock_once() {
    let env = with_alice();
    let codes = in_parallel(
        &env,
        &["auth", "verify", "alice", "--password-stdin"],
        "not-her-password\n",
    );
    assert!(codes.iter().all(|&c| c == 1), "{codes:?}");
    let failures = records(&env, "auth.failure");
    let checked = failures
        .iter()
        .filter(|r| r["details"]["reason"] == "wrong_password")
        .count();
    let locked = failures
        .iter()
        .filter(|r| r["details"]["reason"] == "locked")
        .count();
    assert_eq!(checked, 5, "passwords checked: {failures:?}");
    assert_eq!(checked + locked, 40);
    assert_eq!(records(&env, "auth.lockout").len(), 1);
    // Locked: the right password is refused, by every path that checks one.
    let right = env.run_stdin(
        &["auth", "verify", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(right.code, 1, "{}", right.stderr);
    let login = env.run_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(login.code, 1, "{}", login.stderr);
    let passwd = env.run_stdin(
        &["auth", "passwd", "alice", "--password-stdin"],
        &format!("{ALICE}\nAn0ther-Secret-Phrase\n"),
    );
    assert_eq!(passwd.code, 1, "{}", passwd.stderr);
}

/// A token of a new user `name` holding `permission` directly.
fn token_with(env: &Env, name: &str, permission: &str) -> String {
    env.ok(&["users", "create", name, "--no-password"]);
    env.ok(&["perms", "grant", "--user", name, permission]);
    let made = env
        .ok(&["-o", "json", "tokens", "create", "t", "--user", name])
        .json();
    made["token"].as_str().unwrap().to_string()
}

/// A store with a user manager `um` (its token returned) and `carol`, who holds nothing.
fn manager_and_carol() -> (Env, String) {
    let env = Env::new();
    let manager = token_with(&env, "um", "user-management:manage");
    env.ok(&["users", "create", "carol", "--no-password"]);
    (env, manager)
}

fn smtp_password_is_set(env: &Env) -> bool {
    let entry = env
        .ok(&["-o", "json", "settings", "show", "email.smtp-password"])
        .json();
    entry[0]["value"] == "(set)"
}

#[test]
fn mail_settings_need_a_superuser_and_a_new_server_never_gets_the_smtp_password() {
    let env = Env::new();
    let sec = token_with(&env, "sec", "security:manage");
    for args in [
        &["settings", "set", "email.smtp-url", "smtp://127.0.0.1:2525"][..],
        &["settings", "set", "email.from", "evil@example.com"],
        &["settings", "set", "email.smtp-user", "evil"],
        &["settings", "unset", "email.smtp-url"],
    ] {
        support::forbidden(&support::as_token(&env, &sec, args));
    }
    // Other settings stay security business.
    let r = support::as_token(&env, &sec, &["settings", "set", "password.min-length", "9"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // The password is kept for the server it was set for.
    let set_url = |url: &str| env.ok(&["settings", "set", "email.smtp-url", url]);
    let set_password = || {
        env.run_stdin(
            &["settings", "set", "email.smtp-password", "--value-stdin"],
            "pw",
        )
        .code
    };
    assert_eq!(set_password(), 2, "no server yet");
    set_url("smtps://mail.example.com:465");
    assert_eq!(set_password(), 0);
    set_url("smtps://mail.example.com:465");
    assert!(smtp_password_is_set(&env), "the same server keeps it");
    set_url("smtps://mail.example.com:2465");
    assert!(
        !smtp_password_is_set(&env),
        "another port is another server"
    );
    set_url("smtps://mail.example.com:465");
    assert_eq!(set_password(), 0);
    env.ok(&["settings", "unset", "email.smtp-url"]);
    assert!(!smtp_password_is_set(&env));
    // A manifest changes the server through the same rule.
    set_url("smtps://mail.example.com:465");
    assert_eq!(set_password(), 0);
    let manifest = env.path("m.toml");
    std::fs::write(
        &manifest,
        "[settings]\n\"email.smtp-url\" = \"smtps://evil.example.com:465\"\n",
    )
    .unwrap();
    env.ok(&["apply", manifest.to_str().unwrap()]);
    assert!(!smtp_password_is_set(&env));
}

#[test]
fn admin_cannot_be_removed_and_its_name_is_never_free() {
    let env = Env::new();
    let r = env.run(&[
        "-o",
        "json",
        "users",
        "remove",
        "admin",
        "--allow-no-superuser",
    ]);
    support::fails_with(&r, "conflict");
    assert!(r.stderr.contains("cannot be removed"), "{}", r.stderr);
    // A manifest pruning users keeps admin too.
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[users.alice]\n").unwrap();
    env.ok(&["apply", manifest.to_str().unwrap(), "--prune"]);
    assert!(env.ok(&["-o", "json", "users", "show", "admin"]).json()["name"] == "admin");
    // A user manager may create users, but never one called admin.
    let manager = token_with(&env, "um", "user-management:manage");
    let r = support::as_token(
        &env,
        &manager,
        &["users", "create", "ADMIN", "--no-password"],
    );
    support::forbidden(&r);
}

#[test]
fn a_set_but_empty_token_is_an_error_not_the_local_administrator() {
    let env = Env::new();
    for blank in ["", "  ", "\t"] {
        let r = support::run_command(
            env.command().env("FLOWSEC_TOKEN", blank).args([
                "-o",
                "json",
                "users",
                "create",
                "mallory",
                "--no-password",
            ]),
            "",
        );
        support::fails_with(&r, "auth");
    }
    let r = env.run_stdin(&["-o", "json", "--token", "users", "list"], "\n");
    support::fails_with(&r, "auth");
    assert_eq!(
        env.run(&["users", "show", "mallory"]).code,
        2,
        "nothing was created"
    );
}

#[test]
fn auth_status_does_not_extend_a_session_and_a_longer_idle_time_revives_none() {
    let env = with_alice();
    let file = env.session_file();
    // Logged in at `at` through the library, which takes the time as the binary cannot.
    let login_at = |at: i64| {
        let mut store = env.store();
        flowsec::auth::session::login(
            &mut store,
            &flowsec::identity::Actor::local(),
            &env.key_file(),
            "alice",
            ALICE,
            &file,
            at,
        )
        .unwrap();
    };
    let last_used = || {
        flowsec::auth::session::status(env.store().read(), &file, flowsec::store::now())
            .unwrap()
            .unwrap()
            .last_used
    };
    let now = flowsec::store::now();
    login_at(now - 600);
    let before = last_used();
    env.ok(&["auth", "status"]);
    assert_eq!(last_used(), before, "auth status extended the session");
    // Idle for 40 minutes against 30: ended. Raising the idle time must not revive it.
    login_at(now - 2400);
    let admin_home = env.path("admin-state");
    let r = support::run_command(
        env.command().env("XDG_STATE_HOME", &admin_home).args([
            "settings",
            "set",
            "session.idle-minutes",
            "600",
        ]),
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(env.run(&["auth", "status"]).code, 1);
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "auth");
}

#[test]
fn control_bidi_and_invisible_characters_are_refused_in_free_text() {
    let env = Env::new();
    let holder = token_with(&env, "holder", "jobs:access");
    let hostile = [
        "a\u{1b}[2Jb",
        "a\rb",
        "\u{202E}evil",
        "zero\u{200B}width",
        "a\nb",
    ];
    for bad in hostile {
        let r = support::as_token(
            &env,
            &holder,
            &["tokens", "create", "x", "--description", bad],
        );
        support::fails_with(&r, "invalid_input");
    }
    let before = env.db_bytes();
    for bad in hostile {
        for args in [
            &[
                "users",
                "create",
                "zed",
                "--no-password",
                "--full-name",
                bad,
            ][..],
            &["users", "update", "admin", "--full-name", bad],
            &[
                "users",
                "update",
                "admin",
                "--email",
                &format!("a{bad}@example.com"),
            ],
            &["roles", "create", "odd", "--description", bad],
        ] {
            let mut all = vec!["-o", "json"];
            all.extend_from_slice(args);
            let r = env.run(&all);
            support::fails_with(&r, "invalid_input");
        }
    }
    assert!(
        env.db_bytes() == before,
        "a refused value changed the store"
    );
    let long = "x".repeat(257);
    assert_eq!(
        env.run(&["users", "update", "admin", "--full-name", &long])
            .code,
        2
    );
    assert_eq!(
        env.run(&["users", "update", "admin", "--full-name", "Zoë Ωmega 李"])
            .code,
        0
    );
    // A manifest says where, before anything is written.
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[users.zed]\nfull-name = \"a\\u001b[2Jb\"\n").unwrap();
    let r = env.run(&["apply", manifest.to_str().unwrap(), "--dry-run"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("users.zed.full-name"), "{}", r.stderr);
}

#[test]
fn stored_text_never_reaches_the_terminal_raw() {
    let env = Env::new();
    // An older store, or a direct write, holds what input now refuses.
    let mut store = env.store();
    store
        .write(&flowsec::identity::Actor::local(), |tx| {
            let author = tx.find_user("author")?.unwrap();
            let evil = flowsec::store::users::Changes {
                full_name: Some("evil\u{1b}[2K\rrow\u{202E}".into()),
                ..Default::default()
            };
            // The record's own change, below the rules `users update` holds it to.
            tx.update_user(author.id, &evil)
        })
        .unwrap();
    for args in [&["users", "list"][..], &["users", "show", "author"]] {
        let out = env.ok(args).stdout;
        assert!(
            !out.contains('\u{1b}') && !out.contains('\r') && !out.contains('\u{202E}'),
            "{out:?}"
        );
        assert!(out.contains("\\u{1b}"), "{out}");
    }
    // JSON carries the value as it is stored, escaped by JSON itself.
    let json = env.ok(&["-o", "json", "users", "show", "author"]).json();
    assert_eq!(json["full_name"], "evil\u{1b}[2K\rrow\u{202E}");
}

#[test]
fn item_names_are_composed_and_refuse_invisible_characters() {
    let env = Env::new();
    env.ok(&["items", "create", "repositories/Cafe\u{301}"]);
    // The composed spelling is the same item.
    let r = env.run(&["-o", "json", "items", "create", "repositories/Caf\u{e9}"]);
    support::fails_with(&r, "conflict");
    let shown = env
        .ok(&["-o", "json", "items", "show", "repositories/Caf\u{e9}"])
        .json();
    assert_eq!(shown["target"], "repositories/Caf\u{e9}", "{shown}");
    assert!(
        env.check(&["--user", "admin", "repositories/Cafe\u{301}:run"])
            .allowed
    );
    for bad in [
        "repositories/Sam\u{200B}ples",
        "repositories/\u{202E}selpmaS",
        "repositories/a\u{FEFF}",
    ] {
        let r = env.run(&["-o", "json", "items", "create", bad]);
        support::fails_with(&r, "invalid_input");
        assert!(!r.stderr.contains('\u{202E}'), "the error echoes it raw");
    }
}

#[test]
fn fmesuperuser_stays_a_superuser_role_by_every_path() {
    let env = Env::new();
    env.ok(&["roles", "create", "root2", "--superuser"]);
    env.ok(&["roles", "add-member", "root2", "admin"]);
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[roles.fmesuperuser]\nsuperuser = false\n").unwrap();
    for dry_run in [true, false] {
        let mut args = vec!["-o", "json", "apply", manifest.to_str().unwrap()];
        if dry_run {
            args.push("--dry-run");
        }
        let r = env.run(&args);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("always a superuser role"), "{}", r.stderr);
    }
    let role = env
        .ok(&["-o", "json", "roles", "show", "fmesuperuser"])
        .json();
    assert_eq!(role["superuser"], true, "{role}");
}

#[test]
fn token_lifetimes_are_bounded_and_shown_as_dates() {
    let env = Env::new();
    let create = |expires: &str| {
        let args = [
            "-o",
            "json",
            "tokens",
            "create",
            "t",
            "--user",
            "admin",
            "--expires",
        ];
        env.run(&[&args[..], &[expires]].concat())
    };
    for too_long in ["100000000d", "366d", "2999-12-31T00:00:00Z"] {
        let r = create(too_long);
        support::fails_with(&r, "invalid_input");
        assert!(r.stderr.contains("token.max-expiry"), "{}", r.stderr);
    }
    let made = create("365d").json();
    assert!(
        made["expires"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .is_ok(),
        "{made}"
    );
    env.ok(&["settings", "set", "token.max-expiry", "10d"]);
    let r = env.run(&["tokens", "create", "u", "--user", "admin"]);
    assert_eq!(
        r.code, 2,
        "the 30-day default is beyond the maximum: {}",
        r.stderr
    );
}

#[test]
fn a_token_made_for_someone_else_does_not_grow_with_them() {
    let (env, manager) = manager_and_carol();
    let made = support::as_token(
        &env,
        &manager,
        &["tokens", "create", "early", "--user", "carol"],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let early = made.json()["token"].as_str().unwrap().to_string();
    // Later, an administrator makes carol a superuser.
    env.ok(&["roles", "add-member", "fmesuperuser", "carol"]);
    let r = support::as_token(&env, &early, &["check", "security:manage"]);
    assert_eq!(
        r.code, 1,
        "the early token became a superuser's: {}",
        r.stdout
    );
    // The local administrator's tokens for others follow the user.
    let full = env
        .ok(&["-o", "json", "tokens", "create", "full", "--user", "carol"])
        .json();
    let r = support::as_token(
        &env,
        full["token"].as_str().unwrap(),
        &["check", "security:manage"],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn lockout_settings_need_a_superuser() {
    let env = Env::new();
    let sec = token_with(&env, "sec", "security:manage");
    for args in [
        &["settings", "set", "login.max-failures", "0"][..],
        &["settings", "set", "login.lockout-minutes", "525600"],
        &["settings", "unset", "login.max-failures"],
    ] {
        support::forbidden(&support::as_token(&env, &sec, args));
    }
}

#[test]
fn a_store_others_could_write_beside_or_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let chmod = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    // A shared folder, as /tmp is: anyone could plant the store's journals there.
    let env = Env::empty();
    let shared = env.path("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o1777);
    let db = shared.join("store.db");
    let init = support::run_command(
        env.command()
            .env("FLOWSEC_DB", &db)
            .args(["-o", "json", "init", "--admin-password-stdin"]),
        format!("{}\n", support::ADMIN_PASSWORD),
    );
    support::fails_with(&init, "store");
    assert!(!db.exists());

    let env = Env::new();
    let store_dir = env.db.parent().unwrap().to_path_buf();
    chmod(&store_dir, 0o777);
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "store");
    chmod(&store_dir, 0o700);
    // A journal someone else made (here: one anyone may read) is not written into.
    let wal = env.path("store.db-wal");
    std::fs::write(&wal, b"").unwrap();
    chmod(&wal, 0o666);
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "store");
    assert!(r.stderr.contains("store.db-wal"), "{}", r.stderr);
    std::fs::remove_file(&wal).unwrap();
    chmod(&env.db, 0o644);
    assert_eq!(
        env.run(&["users", "list"]).code,
        2,
        "a store others may read"
    );
    chmod(&env.db, 0o600);
    env.ok(&["users", "list"]);

    // A key file others may read opens nothing.
    env.ok(&["items", "create", "repositories/Samples"]);
    env.set_secret("repositories/Samples", "password", "s3cret");
    chmod(&env.key_file(), 0o644);
    let r = env.run(&[
        "-o",
        "json",
        "secrets",
        "get",
        "repositories/Samples",
        "password",
    ]);
    support::fails_with(&r, "crypto");
    assert!(!r.stdout.contains("s3cret"));
}

fn refusals(env: &Env) -> Vec<serde_json::Value> {
    let all = env.ok(&["-o", "json", "audit", "list"]).json();
    all.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "refused")
        .cloned()
        .collect()
}

#[test]
fn refusals_are_recorded_and_a_flood_of_them_is_bounded() {
    let env = Env::new();
    let weak = token_with(&env, "weak", "jobs:access");
    support::forbidden(&support::as_token(
        &env,
        &weak,
        &["users", "create", "x", "--no-password"],
    ));
    let made = env
        .ok(&["-o", "json", "tokens", "list", "--user", "weak"])
        .json();
    let id = made[0]["id"].as_str().unwrap().to_string();
    env.ok(&["tokens", "disable", &id]);
    support::forbidden(&support::as_token(&env, &weak, &["users", "list"]));
    // A forged secret for a real id (its last character changed, whatever it was).
    let last = if weak.ends_with('x') { 'y' } else { 'x' };
    let forged = format!("{}{last}", &weak[..weak.len() - 1]);
    let r = support::as_token(&env, &forged, &["users", "list"]);
    support::fails_with(&r, "auth");

    let found = refusals(&env);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(
        (
            found[0]["action"].as_str(),
            found[0]["actor"].as_str(),
            found[0]["target"].as_str()
        ),
        (Some("command.refused"), Some("weak"), Some("users create"))
    );
    assert!(
        found[1]["details"]["reason"]
            .as_str()
            .unwrap()
            .contains("disabled"),
        "{}",
        found[1]
    );
    assert_eq!(found[2]["action"], "token.refused");
    // Kept as its keyed digest (issue 18), which `audit hash` gives.
    assert_eq!(found[2]["target"], digest_of(&env, &id));
    assert!(
        !found[2].to_string().contains(&forged),
        "the presented token is in the trail"
    );

    // A flood: recorded up to a bound, then one record says so.
    for _ in 0..70 {
        let r = support::as_token(&env, "fsec_0000000000000000_x", &["users", "list"]);
        assert_eq!(r.code, 2);
    }
    let found = refusals(&env);
    // The flood is this OS user's: 60 a minute, one of them (the forged token) before.
    assert_eq!(found.len(), 2 + 60, "bounded");
    assert!(found[61]["details"]["flood"].is_string(), "{}", found[61]);
}

#[test]
fn the_local_administrator_is_named_by_uid_not_by_user() {
    let env = Env::new();
    let r = support::run_command(
        env.command()
            .env(
                "USER",
                "root\n2026-12-01T00:00:00Z  mallory  local  user.remove",
            )
            .env("LOGNAME", "forged")
            .args(["users", "create", "zed", "--no-password"]),
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let trail = env.ok(&["-o", "json", "audit", "list"]).json();
    let last = trail.as_array().unwrap().last().unwrap().clone();
    let actor = last["actor"].as_str().unwrap();
    assert!(
        !actor.contains("mallory") && !actor.contains("forged") && !actor.contains('\n'),
        "{actor}"
    );
    let uid = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .unwrap();
    assert!(
        actor.ends_with(&format!("uid {uid})")) || actor == format!("uid {uid}"),
        "{actor}"
    );
    let table = env.ok(&["audit", "list"]).stdout;
    assert!(!table.contains("mallory"));
}

/// The key file with one hex digit of its key material changed.
fn damage_key_file(env: &Env) {
    let path = env.key_file();
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let key = file["keys"][0]["key"].as_str().unwrap().to_string();
    let flipped = if key.starts_with('0') { "1" } else { "0" };
    file["keys"][0]["key"] = format!("{flipped}{}", &key[1..]).into();
    std::fs::write(&path, file.to_string()).unwrap();
}

#[test]
fn a_damaged_key_file_is_blamed_and_never_seals_anything() {
    // A store from before check values is the SQLite backend's own test (`sqlite::keys`).
    {
        let env = Env::new();
        env.ok(&["items", "create", "repositories/Samples"]);
        env.set_secret("repositories/Samples", "password", "first");
        let good = std::fs::read(env.key_file()).unwrap();
        damage_key_file(&env);
        let before = env.db_bytes();
        let r = env.run_stdin(
            &[
                "-o",
                "json",
                "secrets",
                "set",
                "repositories/Samples",
                "other",
                "--value-stdin",
            ],
            "second",
        );
        support::fails_with(&r, "crypto");
        assert!(
            r.stderr.contains("key file") && r.stderr.contains("damaged"),
            "{}",
            r.stderr
        );
        assert!(env.db_bytes() == before, "a damaged key sealed something");
        std::fs::write(env.key_file(), good).unwrap();
        let got = env
            .ok(&["secrets", "get", "repositories/Samples", "password"])
            .stdout;
        assert_eq!(got.trim_end(), "first");
    }
}

#[test]
fn export_writes_a_private_file_whole_and_never_through_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let victim = env.path("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let out = env.path("security.toml");
    std::os::unix::fs::symlink(&victim, &out).unwrap();
    env.ok(&["export", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let meta = std::fs::symlink_metadata(&out).unwrap();
    assert!(meta.is_file(), "the link was followed");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("[users.admin]")
    );
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".new-"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn recovery_tells_a_token_holder_nothing_keeps_pending_codes_and_is_limited() {
    let env = with_alice();
    let smtp = mail::MailServer::start();
    smtp.configure(&env);
    env.ok(&["users", "create", "noemail", "--no-password"]);
    let holder = token_with(&env, "holder", "jobs:access");
    let answers: Vec<(i32, String)> = ["alice", "nobody", "author", "noemail"]
        .iter()
        .map(|name| {
            let r = support::as_token(&env, &holder, &["auth", "recover", name]);
            let mut answer = r.json();
            answer["user"] = "-".into();
            (r.code, answer.to_string())
        })
        .collect();
    assert!(answers.iter().all(|a| *a == answers[0]), "{answers:?}");
    assert_eq!(answers[0].0, 0);
    assert_eq!(smtp.count(), 1, "only alice has somewhere to receive it");
    let (_, pending) = smtp.last_code();

    // A stranger's request does not void the code alice is about to use; three an hour.
    for _ in 0..4 {
        support::as_token(&env, &holder, &["auth", "recover", "alice"]);
    }
    assert_eq!(smtp.count(), 3, "at most three recovery mails an hour");
    let r = env.run(&["-o", "json", "auth", "recover", "alice"]);
    support::fails_with(&r, "conflict");

    let reset = |code: &str, password: &str| {
        support::run_command(
            env.command().env("FLOWSEC_RESET_CODE", code).args([
                "auth",
                "reset",
                "alice",
                "--password-stdin",
            ]),
            format!("{password}\n"),
        )
        .code
    };
    // Five wrong codes void every outstanding one, the pending one included.
    for _ in 0..5 {
        assert_eq!(
            reset("00000000000000000000000000000000", "Recovered-Passw0rd"),
            1
        );
    }
    assert_eq!(
        reset(&pending, "Recovered-Passw0rd"),
        1,
        "the codes survived five wrong ones"
    );
    // Voided codes still count: wrong codes do not buy more mails.
    support::as_token(&env, &holder, &["auth", "recover", "alice"]);
    assert_eq!(smtp.count(), 3);
}

#[test]
fn a_pending_recovery_code_survives_a_newer_request() {
    let env = with_alice();
    let smtp = mail::MailServer::start();
    smtp.configure(&env);
    env.ok(&["auth", "recover", "alice"]);
    let (_, first) = smtp.last_code();
    env.ok(&["auth", "recover", "alice"]);
    let r = support::run_command(
        env.command().env("FLOWSEC_RESET_CODE", &first).args([
            "auth",
            "reset",
            "alice",
            "--password-stdin",
        ]),
        "Recovered-Passw0rd\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn no_one_acts_on_a_principal_or_role_stronger_than_themselves() {
    let env = Env::new();
    let manager = token_with(&env, "um", "user-management:manage");
    env.ok(&["tokens", "create", "admins", "--user", "admin"]);
    let admin_token = env
        .ok(&["-o", "json", "tokens", "list", "--user", "admin"])
        .json()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["roles", "create", "empty"]);
    env.ok(&["users", "create", "carol", "--no-password"]);
    env.ok(&["roles", "create", "weak"]);
    env.ok(&["roles", "add-member", "weak", "admin"]);
    for args in [
        // A superuser's tokens.
        &["tokens", "revoke", "--user", "admin", "--all"][..],
        &["tokens", "revoke", &admin_token],
        &["tokens", "disable", &admin_token],
        // A stronger role's, and a stronger user's, permissions and memberships.
        &["perms", "revoke", "--role", "fmeadmin", "jobs:manage"],
        &["perms", "revoke", "--user", "admin", "jobs:manage"],
        &["roles", "remove-member", "fmeadmin", "admin"],
        // Joining an empty role before an administrator fills it.
        &["roles", "add-member", "empty", "um"],
        &["users", "update", "um", "--add-role", "empty"],
        &["perms", "grant", "--user", "um", "user-management:manage"],
        // Turning one's own sharing back on; removing a role a stronger user holds.
        &["users", "update", "um", "--sharing", "on"],
        &["roles", "remove", "weak"],
    ] {
        support::forbidden(&support::as_token(&env, &manager, args));
    }
    // Weaker principals remain the manager's to manage.
    let r = support::as_token(&env, &manager, &["roles", "add-member", "empty", "carol"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // A token its user re-enables only if the user disabled it.
    let carol = env
        .ok(&["-o", "json", "tokens", "create", "c", "--user", "carol"])
        .json();
    let (carol_id, carol_token) = (
        carol["id"].as_str().unwrap(),
        carol["token"].as_str().unwrap(),
    );
    let own = env
        .ok(&["-o", "json", "tokens", "create", "own", "--user", "carol"])
        .json();
    let own = own["token"].as_str().unwrap();
    env.ok(&["tokens", "disable", carol_id]);
    support::forbidden(&support::as_token(
        &env,
        own,
        &["tokens", "enable", carol_id],
    ));
    let r = support::as_token(&env, carol_token, &["check", "jobs:access"]);
    assert_ne!(r.code, 0, "the disabled token works");
}

#[test]
fn a_security_manager_makes_no_users_or_memberships_through_a_directory() {
    let env = Env::new();
    let sec = token_with(&env, "sec", "security:manage");
    for args in [
        &["directory", "import", "corp", "--groups"][..],
        &["directory", "sync", "corp"],
        &["directory", "map", "corp", "engineers", "fmeuser"],
        &["directory", "unmap", "corp", "engineers"],
    ] {
        let r = support::as_token(&env, &sec, args);
        support::forbidden(&r);
        assert!(
            r.stderr.contains("user-management:manage"),
            "{args:?}: {}",
            r.stderr
        );
    }
}

/// Starts `users passwd carol` as the manager's token, which is authorized now; runs
/// `meanwhile` while it waits for the password; then gives it one. Requires that the
/// command changed nothing and returns its error kind.
fn passwd_carol_while(env: &Env, manager: &str, meanwhile: impl FnOnce()) -> String {
    use std::io::Write;
    let mut child = env
        .command()
        .env("FLOWSEC_TOKEN", manager)
        .args(["-o", "json", "users", "passwd", "carol", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    meanwhile();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"Winter-Harbour-Lamp-9\n").unwrap();
    drop(stdin);
    let out = finish(child);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let user = env.ok(&["-o", "json", "users", "show", "carol"]).json();
    assert_eq!(user["has_password"], false, "{user}");
    let error: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    error["error"]["kind"].as_str().unwrap().to_string()
}

#[test]
fn a_command_whose_actor_lost_the_right_while_it_waited_writes_nothing() {
    let (env, manager) = manager_and_carol();
    let kind = passwd_carol_while(&env, &manager, || {
        env.ok(&["roles", "add-member", "fmesuperuser", "carol"]);
    });
    assert_eq!(kind, "forbidden");
}

#[test]
fn copying_a_roles_item_grants_follows_the_sharing_rule() {
    let (env, manager) = manager_and_carol();
    env.ok(&["items", "create", "repositories/Secret"]);
    env.ok(&["roles", "create", "insiders"]);
    env.ok(&[
        "perms",
        "grant",
        "--role",
        "insiders",
        "repositories/Secret:run",
    ]);
    env.ok(&["perms", "grant", "--user", "um", "repositories/Secret:run"]);
    env.ok(&["roles", "create", "empty"]);
    for args in [
        &["roles", "load-template", "empty", "--from", "insiders"][..],
        &["roles", "create", "copy", "--from", "insiders"],
    ] {
        support::forbidden(&support::as_token(&env, &manager, args));
    }
    // Roles without item grants copy as before.
    env.ok(&["roles", "create", "plain"]);
    env.ok(&["perms", "grant", "--role", "plain", "jobs:access"]);
    env.ok(&["perms", "grant", "--user", "um", "jobs:access"]);
    let r = support::as_token(
        &env,
        &manager,
        &["roles", "load-template", "empty", "--from", "plain"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_key_the_store_never_made_seals_nothing() {
    let env = Env::new();
    env.ok(&["items", "create", "repositories/Samples"]);
    env.set_secret("repositories/Samples", "password", "first");
    let good = std::fs::read(env.key_file()).unwrap();
    // Someone adds a key of their own, last, where the current key stands.
    let mut file: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let mut added = file["keys"][0].clone();
    added["id"] = "00000000000000ff".into();
    added["key"] = "ab".repeat(32).into();
    file["keys"].as_array_mut().unwrap().push(added);
    std::fs::write(env.key_file(), file.to_string()).unwrap();
    env.set_secret("repositories/Samples", "other", "second");
    // With the real key file back, the new value opens: it was sealed with the store's key.
    std::fs::write(env.key_file(), &good).unwrap();
    let got = env
        .ok(&["secrets", "get", "repositories/Samples", "other"])
        .stdout;
    assert_eq!(got.trim_end(), "second");
}

/// The local administrator, from a state folder of its own (no session of the shell's).
fn as_admin_elsewhere(env: &Env, args: &[&str]) {
    let r = support::run_command(
        env.command()
            .env("XDG_STATE_HOME", env.path("admin-state"))
            .args(args),
        "",
    );
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
}

#[test]
fn a_right_password_whose_attempt_fails_is_not_charged() {
    let env = with_alice();
    env.ok(&["settings", "set", "login.max-failures", "3"]);
    let mut store = env.store();
    let actor = flowsec::identity::Actor::local();
    // A session file that cannot be written: the log-in fails after the password check.
    let unwritable = std::path::Path::new("/proc/flowsec-none/session");
    let key_file = env.key_file();
    for _ in 0..3 {
        let now = flowsec::store::now();
        let r = flowsec::auth::session::login(
            &mut store, &actor, &key_file, "alice", ALICE, unwritable, now,
        );
        assert!(r.is_err());
    }
    let right = env.run_stdin(
        &["auth", "verify", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(
        right.code, 0,
        "three right passwords locked the account: {}",
        right.stderr
    );
}

#[test]
fn a_credential_that_ends_while_a_command_waits_writes_nothing() {
    let (env, manager) = manager_and_carol();
    let tokens = env
        .ok(&["-o", "json", "tokens", "list", "--user", "um"])
        .json();
    let id = tokens[0]["id"].as_str().unwrap().to_string();
    let kind = passwd_carol_while(&env, &manager, || {
        env.ok(&["tokens", "revoke", &id]);
    });
    assert_eq!(kind, "auth");
}

#[test]
fn a_store_reached_through_a_link_is_checked_where_it_is() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let shared = env.path("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let real = shared.join("real.db");
    std::fs::rename(&env.db, &real).unwrap();
    std::os::unix::fs::symlink(&real, &env.db).unwrap();
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "store");
}

#[test]
fn a_session_file_others_could_read_or_write_is_no_ones_session() {
    use std::os::unix::fs::PermissionsExt;
    let env = alice_logged_in();
    let file = env.session_file();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "auth");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let dir = file.parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let r = env.run(&["-o", "json", "users", "list"]);
    support::fails_with(&r, "store");
}

#[test]
fn a_longer_password_expiry_revives_no_session() {
    let env = alice_logged_in();
    as_admin_elsewhere(&env, &["settings", "set", "password.expiry-days", "1"]);
    // Set two days ago: the hash stays, its age is what the test moves.
    let mut store = env.store();
    store
        .write(&flowsec::identity::Actor::local(), |tx| {
            let alice = tx.find_user("alice")?.unwrap();
            let hash = tx.password_hash(alice.id)?.unwrap();
            tx.store_password_hash(alice.id, &hash, false, flowsec::store::now() - 2 * 86_400)
        })
        .unwrap();
    as_admin_elsewhere(&env, &["settings", "set", "password.expiry-days", "10"]);
    assert_eq!(
        env.run(&["auth", "status"]).code,
        1,
        "the session came back"
    );
}

#[test]
fn a_mail_that_cannot_be_sent_tells_a_token_holder_nothing() {
    let env = with_alice();
    let port = support::free_port();
    env.ok(&[
        "settings",
        "set",
        "email.smtp-url",
        &format!("smtp://127.0.0.1:{port}"),
    ]);
    env.ok(&["settings", "set", "email.from", "flowsec@example.com"]);
    let holder = token_with(&env, "holder", "jobs:access");
    let real = support::as_token(&env, &holder, &["auth", "recover", "alice"]);
    let ghost = support::as_token(&env, &holder, &["auth", "recover", "ghost"]);
    assert_eq!(
        (real.code, real.stdout.replace("alice", "-")),
        (ghost.code, ghost.stdout.replace("ghost", "-"))
    );
    assert_eq!(real.code, 0, "{}", real.stderr);
    // The local administrator is told.
    assert_eq!(env.run(&["auth", "recover", "alice"]).code, 2);
}

#[test]
fn tokens_verify_records_what_it_refuses() {
    let env = Env::new();
    let weak = token_with(&env, "weak", "jobs:access");
    let id = env
        .ok(&["-o", "json", "tokens", "list", "--user", "weak"])
        .json()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["tokens", "revoke", &id]);
    assert_eq!(
        support::as_token(&env, &weak, &["tokens", "verify"]).code,
        1
    );
    assert_eq!(
        support::as_token(&env, "fsec_00000000000000ab_x", &["tokens", "verify"]).code,
        1
    );
    let found = refusals(&env);
    let targets: Vec<&str> = found
        .iter()
        .map(|r| r["target"].as_str().unwrap())
        .collect();
    assert_eq!(
        targets,
        [digest_of(&env, &id), digest_of(&env, "00000000000000ab")]
    );
}

/// The keyed digest the audit trail keeps `value` as.
fn digest_of(env: &Env, value: &str) -> String {
    env.ok(&["audit", "hash", value]).stdout.trim().to_string()
}
