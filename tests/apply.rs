//! Issue 7: declarative provisioning. `apply` (plan, idempotence, prune scoping, located
//! errors, passwords, a kill mid-apply), `export` round trips and `test` assertions,
//! driven through the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::time::{Duration, Instant};

use support::{Env, Run, finish, run_command};

const MANIFEST: &str = r#"
[settings]
"password.min-length" = 12

[users.alice]
full-name = "Alice Example"
email = "alice@example.com"
roles = ["fmeauthor", "analysts"]
permissions = ["services/Data Download:full-access"]
password-env = "ALICE_PASSWORD"

[roles.analysts]
description = "Data analysts"
permissions = ["repositories/Samples:run", "jobs:access"]

[items."repositories/Samples"]
owner = "admin"

[items."services/Data Download"]

[[assert]]
user = "alice"
allow = ["repositories/Samples:run", "services/Data Download:full-access"]
deny = ["security:manage"]
"#;

const ALICE_PASSWORD: &str = "Long-passphrase-4521";

/// Writes `text` as a file of the test's folder; returns its path.
fn file(env: &Env, name: &str, text: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Runs flowsec with ALICE_PASSWORD set.
fn with_password(env: &Env, args: &[&str]) -> Run {
    run_command(
        env.command()
            .env("ALICE_PASSWORD", ALICE_PASSWORD)
            .args(args),
        "",
    )
}

fn export(env: &Env) -> String {
    env.ok(&["export"]).stdout
}

/// What the store holds, and what shows any write to it, even one changing nothing.
fn files_and_times(env: &Env) -> (Vec<(std::path::PathBuf, Vec<u8>)>, Vec<String>) {
    (env.store_files(), env.write_marks())
}

#[test]
fn dry_run_prints_the_plan_and_writes_nothing() {
    let env = Env::new();
    let path = file(&env, "m.toml", MANIFEST);
    let before = env.store_files();
    let r = with_password(&env, &["apply", &path, "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "~ setting password.min-length: default → 12",
            "+ role analysts",
            "+ user alice",
            "+ item repositories/Samples: owner admin",
            "+ item services/Data Download: owner admin",
            "+ member alice: analysts",
            "+ member alice: fmeauthor",
            "+ role-grant analysts: jobs:access",
            "+ role-grant analysts: repositories/Samples:run",
            "+ user-grant alice: services/Data Download:full-access",
            "dry run: 9 to create, 1 to change, 0 to remove; nothing was written",
        ]
    );
    assert!(env.store_files() == before, "a dry run wrote to the store");

    let v = with_password(&env, &["-o", "json", "apply", &path, "--dry-run"]).json();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["applied"], false);
    assert_eq!(
        v["summary"],
        serde_json::json!({"create": 9, "change": 1, "remove": 0})
    );
    assert_eq!(
        v["changes"][1],
        serde_json::json!({"op": "create", "kind": "role", "name": "analysts"})
    );
    assert_eq!(
        v["changes"][9],
        serde_json::json!({"op": "create", "kind": "user-grant", "name": "alice",
                           "detail": "services/Data Download:full-access"})
    );
}

#[test]
fn apply_makes_the_store_match_and_a_second_apply_writes_nothing() {
    let env = Env::new();
    let path = file(&env, "m.toml", MANIFEST);
    let r = with_password(&env, &["apply", &path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.ends_with("9 created, 1 changed, 0 removed\n"),
        "{}",
        r.stdout
    );

    let d = env.check(&[
        "--user",
        "alice",
        "repositories/Samples:run",
        "services/Data Download:full-access",
        "repositories:create",
    ]);
    assert!(d.allowed);
    assert_eq!(d.kinds(0), ["role_grant"]);
    assert_eq!(d.kinds(1), ["direct_grant"]);
    let audit = env.audit_actions();
    let last = audit.last().unwrap();
    assert_eq!(last, &("manifest.apply".to_string(), path.clone()));
    assert!(audit.contains(&("user.create".into(), "alice".into())));
    assert!(audit.contains(&("grant.add".into(), "role:analysts".into())));
    // The initial password works.
    env.ok_stdin(
        &["auth", "verify", "alice", "--password-stdin"],
        &format!("{ALICE_PASSWORD}\n"),
    );

    // Nothing to do: no write transaction at all, so no byte or time of the store moves;
    // the password is not set again (nor needed).
    let before = files_and_times(&env);
    std::thread::sleep(Duration::from_millis(20));
    let r = env.ok(&["apply", &path]);
    assert_eq!(
        r.stdout,
        format!("no changes: the store matches `{path}`\n")
    );
    assert!(files_and_times(&env) == before, "an unchanged apply wrote");
    let v = env.ok(&["-o", "json", "apply", &path]).json();
    assert_eq!(
        (v["applied"].clone(), v["changes"].clone()),
        (false.into(), serde_json::json!([]))
    );
}

#[test]
fn fields_left_out_keep_their_values_and_changes_show_as_tilde() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "bob",
        "--no-password",
        "--email",
        "bob@example.com",
    ]);
    let path = file(
        &env,
        "m.toml",
        "[users.bob]\nfull-name = \"Bob\"\nenabled = false\n\n[roles.fmeuser]\ndescription = \"Users\"\n",
    );
    let r = env.ok(&["apply", &path]);
    assert!(
        r.stdout.starts_with(
            "~ role fmeuser: description `Provides users access to the Web User Interface and Web Services.` → `Users`\n\
             ~ user bob: full-name `` → `Bob`, enabled true → false\n"
        ),
        "{}",
        r.stdout
    );
    let bob = env.ok(&["-o", "json", "users", "show", "bob"]).json();
    assert_eq!(bob["email"], "bob@example.com");
    assert_eq!(bob["enabled"], false);
    // fmeuser kept its grants: without --prune nothing is taken away.
    assert!(env.check(&["--user", "admin", "jobs:access"]).allowed);
    let role = env.ok(&["-o", "json", "roles", "show", "fmeuser"]).json();
    assert_eq!(role["permissions"].as_array().unwrap().len(), 2);
}

#[test]
fn prune_removes_only_within_the_sections_the_file_has() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["roles", "create", "old"]);
    env.ok(&["roles", "add-member", "old", "bob"]);
    env.ok(&["items", "create", "repositories/Kept", "--owner", "bob"]);
    env.ok(&[
        "perms",
        "grant",
        "--role",
        "fmeuser",
        "repositories/Kept:run",
    ]);
    env.ok(&["settings", "set", "login.max-failures", "9"]);

    // Only [roles]: roles not listed go, but never built-in ones; users, items and
    // settings are left alone.
    let path = file(
        &env,
        "roles.toml",
        "[roles.fmeuser]\npermissions = [\"jobs:access\"]\n\n[roles.new]\n",
    );
    let r = env.ok(&["apply", &path, "--prune", "--dry-run"]);
    assert_eq!(
        r.stdout.lines().collect::<Vec<_>>(),
        [
            "+ role new",
            "- role-grant fmeuser: repositories/Kept:run",
            "- role-grant fmeuser: run-workspace:access",
            "- role old",
            "dry run: 1 to create, 0 to change, 3 to remove; nothing was written",
        ]
    );
    env.ok(&["apply", &path, "--prune"]);
    let roles = env.ok(&["-o", "json", "roles", "list"]).column("name");
    assert_eq!(
        roles,
        [
            "fmeadmin",
            "fmeauthor",
            "fmeguest",
            "fmesuperuser",
            "fmeuser",
            "new"
        ]
    );
    env.ok(&["users", "show", "bob"]);
    env.ok(&["items", "show", "repositories/Kept"]);
    assert_eq!(
        env.ok(&["-o", "json", "settings", "show", "login.max-failures"])
            .json()[0]["value"],
        "9"
    );

    // [users] without bob, who owns an item that stays: refused, nothing changed.
    let users = file(&env, "users.toml", "[users.alice]\n");
    let before = export(&env);
    let r = env.run(&["apply", &users, "--prune"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("[users]: `bob` is not listed, so --prune would remove it, but it owns `repositories/Kept`"), "{}", r.stderr);
    assert_eq!(export(&env), before);

    // With the item given to alice, bob and the other built-in users go; admin stays.
    let users = file(
        &env,
        "users.toml",
        "[users.alice]\n\n[items.\"repositories/Kept\"]\nowner = \"alice\"\n",
    );
    let r = env.ok(&["apply", &users, "--prune"]);
    for line in [
        "+ user alice",
        "~ item repositories/Kept: owner bob → alice",
        "- user bob",
        "- user guest",
    ] {
        assert!(r.stdout.contains(line), "{line}: {}", r.stdout);
    }
    assert!(!r.stdout.contains("- user admin"));
    let users = env.ok(&["-o", "json", "users", "list"]).column("name");
    assert_eq!(users, ["admin", "alice"]);
}

#[test]
fn prune_never_leaves_the_store_without_a_superuser() {
    let env = Env::new();
    let path = file(&env, "m.toml", "[users.admin]\nroles = [\"fmeadmin\"]\n");
    let before = export(&env);
    let r = env.run(&["-o", "json", "apply", &path, "--prune"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.error_kind(), "invalid_input");
    assert!(r.stderr.contains("no enabled user with a superuser role"));
    assert_eq!(export(&env), before);
    // Without --prune the same file changes nothing: admin keeps its roles.
    assert_eq!(
        env.ok(&["apply", &path]).stdout,
        format!("no changes: the store matches `{path}`\n")
    );
}

#[test]
fn export_then_apply_reproduces_the_store_and_is_no_change_on_the_same_one() {
    let env = Env::new();
    let path = file(&env, "m.toml", MANIFEST);
    assert_eq!(with_password(&env, &["apply", &path]).code, 0);
    env.ok(&["users", "create", "bob", "--no-password", "--disabled"]);
    env.ok(&[
        "users",
        "update",
        "author",
        "--enable",
        "--sharing",
        "off",
        "--remove-role",
        "fmeauthor",
    ]);
    env.ok(&["perms", "revoke", "--role", "fmeuser", "jobs:access"]);
    env.ok(&["items", "create", "resources/a/b:c d", "--owner", "bob"]);
    env.ok(&[
        "items",
        "share",
        "resources/a/b:c d",
        "--role",
        "analysts",
        "list",
    ]);
    env.set_secret("repositories/Samples", "password", "never-exported-secret");
    let exported = export(&env);
    for secret in ["$argon2", "never-exported-secret", "smtp-password"] {
        assert!(!exported.contains(secret), "{secret} in the export");
    }
    // Stable: the same state exports the same bytes.
    assert_eq!(export(&env), exported);
    let out = env.path("exported.toml");
    env.ok(&["export", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), exported);
    assert_eq!(
        env.ok(&["apply", out.to_str().unwrap()]).stdout,
        format!("no changes: the store matches `{}`\n", out.display())
    );

    // A new store: the defaults it starts with that the export lacks need --prune.
    let fresh = Env::new();
    fresh.ok(&["apply", out.to_str().unwrap(), "--prune"]);
    assert_eq!(export(&fresh), exported);
    for user in ["alice", "author", "bob", "admin", "user"] {
        let effective = |e: &Env| {
            let mut v = e
                .ok(&["-o", "json", "perms", "list", "--user", user, "--effective"])
                .json();
            v.as_object_mut().unwrap().remove("created");
            v
        };
        assert_eq!(effective(&fresh), effective(&env), "{user}");
    }
}

/// Runs an apply that must fail with exit 2 and nothing changed; returns its errors.
fn refused(env: &Env, text: &str) -> Vec<serde_json::Value> {
    let path = file(env, "bad.toml", text);
    let before = env.store_files();
    let r = run_command(env.command().args(["-o", "json", "apply", &path]), "");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.error_kind(), "invalid_input", "{}", r.stderr);
    assert!(env.store_files() == before, "a refused apply wrote");
    let v: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    let errors = v["error"]["errors"].as_array().unwrap().clone();
    assert_eq!(
        v["error"]["message"],
        format!(
            "{} error{} in {path}; nothing was changed",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )
    );
    for e in &errors {
        assert_eq!(e["file"], path.as_str());
    }
    errors
}

/// (path, line, message) of each error.
fn located(errors: &[serde_json::Value]) -> Vec<(String, u64, String)> {
    errors
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap_or(0),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn each_kind_of_bad_file_is_located_and_every_error_reported() {
    let env = Env::new();
    let errors = located(&refused(
        &env,
        r#"[users.alice]
colour = "blue"
roles = ["analysts", "fmeuser"]
permissions = ["repositories/Missing:run", "jobs:fly", "nope:access"]
password-env = "FLOWSEC_TEST_UNSET_VARIABLE"
enabled = "yes"

[groups.x]

[settings]
"password.min-length" = 0
"email.smtp-password" = "hunter2"
"#,
    ));
    let expect = [
        (
            "users.alice.colour",
            2,
            "unknown key `colour`: expected one of full-name, email, enabled, sharing, roles, permissions, password-env",
        ),
        (
            "users.alice.roles",
            3,
            "unknown role `analysts`: it is neither in [roles] nor in the store",
        ),
        (
            "users.alice.permissions",
            4,
            "`repositories/Missing:run` names item `repositories/Missing`, which is neither in [items] nor in the store",
        ),
        (
            "users.alice.permissions",
            4,
            "category `jobs` has no general action `fly` (it has: access, manage)",
        ),
        ("users.alice.permissions", 4, "unknown category `nope`"),
        (
            "users.alice.password-env",
            5,
            "the environment variable `FLOWSEC_TEST_UNSET_VARIABLE` is not set",
        ),
        (
            "users.alice.enabled",
            6,
            "expected true or false, found string",
        ),
        (
            "groups",
            8,
            "unknown section `groups`: expected settings, users, roles, items or assert",
        ),
        (
            "settings.\"password.min-length\"",
            11,
            "`0` is not a valid `password.min-length`: expected a whole number from 1 to 128",
        ),
        (
            "settings.\"email.smtp-password\"",
            12,
            "`email.smtp-password` is a secret and is never kept in a manifest: set it with `flowsec settings set email.smtp-password --value-stdin`",
        ),
    ];
    let mut got = errors.clone();
    got.sort();
    let mut expected: Vec<(String, u64, String)> = expect
        .iter()
        .map(|(p, l, m)| (p.to_string(), *l, m.to_string()))
        .collect();
    expected.sort();
    assert_eq!(got, expected);

    // The same errors, one a line, in the human form.
    let path = env.path("bad.toml").display().to_string();
    let r = env.run(&["apply", &path]);
    assert!(
        r.stderr.starts_with(&format!(
            "flowsec: error: 10 errors in {path}; nothing was changed\n"
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!(
            "{path}: [users.alice.roles] (line 3): unknown role `analysts`"
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn syntax_errors_give_the_line_and_what_was_expected() {
    let env = Env::new();
    let errors = located(&refused(
        &env,
        "[users.alice]\nroles = [\"fmeuser\"\n\n[roles.x]\n",
    ));
    assert!(!errors.is_empty());
    for (path, line, _) in &errors {
        assert_eq!(path, "");
        assert!((2..=4).contains(line), "{errors:?}");
    }
    assert!(errors[0].2.contains("expected"), "{errors:?}");
    let errors = located(&refused(
        &env,
        "[users.alice]\nenabled = true\nenabled = false\n",
    ));
    assert_eq!(errors[0].1, 3, "{errors:?}");
}

#[test]
fn a_password_must_meet_the_policy_the_file_sets() {
    let env = Env::new();
    let text = "[settings]\n\"password.min-length\" = 30\n\n[users.alice]\npassword-env = \"ALICE_PASSWORD\"\n";
    let path = file(&env, "m.toml", text);
    let r = with_password(&env, &["-o", "json", "apply", &path]);
    assert_eq!(r.code, 2);
    let v: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    let message = v["error"]["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("at least 30 characters"), "{message}");
    assert_eq!(v["error"]["errors"][0]["line"], 5);
}

#[test]
fn a_failing_assertion_exits_1_with_its_explanation() {
    let env = Env::new();
    let path = file(&env, "m.toml", MANIFEST);
    assert_eq!(with_password(&env, &["apply", &path]).code, 0);
    let r = env.ok(&["test", &path]);
    assert_eq!(r.stdout, format!("1 of 1 assertions hold in `{path}`\n"));

    let failing = format!(
        "{MANIFEST}\n[[assert]]\nuser = \"alice\"\nallow = [\"security:manage\"]\ndeny = [\"jobs:access\"]\n\n[[assert]]\nanonymous = true\ndeny = [\"jobs:access\"]\n"
    );
    let path = file(&env, "failing.toml", &failing);
    // The line of the failing assertion's first key.
    let line = MANIFEST.lines().count() + 3;
    assert_eq!(failing.lines().nth(line - 1), Some("user = \"alice\""));
    let r = env.run(&["test", &path]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "FAIL {path}: assert 2 (line {line}): user `alice`\n  \
             expected allow security:manage: denied (no role, grant or ownership of the user gives it)\n  \
             expected deny jobs:access: allowed (granted to role `fmeauthor`; granted to role `analysts`)\n\
             2 of 3 assertions hold in `{path}`\n"
        )
    );
    let v = run_command(env.command().args(["-o", "json", "test", &path]), "").json();
    assert_eq!(
        (v["passed"].clone(), v["total"].clone(), v["failed"].clone()),
        (false.into(), 3.into(), 1.into())
    );
    let second = &v["assertions"][1];
    assert_eq!(second["holds"], false);
    assert_eq!(second["results"][0]["expected"], "allow");
    assert_eq!(second["results"][0]["reasons"][0]["kind"], "no_grant");
    let third = &v["assertions"][2];
    assert_eq!(
        (
            third["holds"].clone(),
            third["subject"]["anonymous"].clone()
        ),
        (true.into(), true.into())
    );
    assert_eq!(
        third["results"][0]["reasons"][0]["why"],
        "trusted_account_disabled"
    );
}

/// A manifest of many users, roles and grants, slow enough to kill in the middle.
fn large_manifest(users: usize, roles: usize) -> String {
    let mut text = String::new();
    for r in 0..roles {
        text.push_str(&format!(
            "[roles.r{r}]\npermissions = [\"repositories/i{r}:run\", \"repositories/i{}:read\", \"jobs:access\"]\n\n",
            (r + 1) % roles
        ));
        text.push_str(&format!(
            "[items.\"repositories/i{r}\"]\nowner = \"u{r}\"\n\n"
        ));
    }
    for u in 0..users {
        text.push_str(&format!(
            "[users.u{u}]\nemail = \"u{u}@example.com\"\nroles = [\"r{}\", \"r{}\"]\npermissions = [\"repositories/i{}:download\"]\n\n",
            u % roles,
            (u * 7) % roles,
            u % roles
        ));
    }
    text
}

#[test]
fn a_kill_during_a_large_apply_leaves_the_store_as_before() {
    let mut env = Env::new();
    let manifest = large_manifest(6000, 600);
    let mut path = file(&env, "large.toml", &manifest);
    let before = export(&env);
    // Time one whole apply on a copy, then aim kills inside one: later after a kill that
    // came before anything was written, earlier after one that came too late.
    let copy = Env::new();
    let started = Instant::now();
    copy.ok(&["apply", &path]);
    let whole = started.elapsed();
    let after = export(&copy);
    let mut delay = whole / 2;
    let mut midway = 0;
    for _ in 0..40 {
        let finished = env.kill_after(&["apply", &path], delay);
        if let Some(status) = finished {
            assert!(status.success(), "an uninterrupted apply failed: {status}");
        }
        // The transaction had written rows it never committed: it was cut off mid-write.
        let spilled = env.uncommitted_writes();
        let now = export(&env);
        if now == after {
            // Too late: it committed, whether or not it had exited. Start again from a
            // store as it was.
            env = Env::new();
            path = file(&env, "large.toml", &manifest);
            delay = delay.mul_f64(0.7);
            continue;
        }
        assert!(
            finished.is_none(),
            "an apply that succeeded changed nothing"
        );
        assert!(now == before, "a kill at {delay:?} left a partial apply");
        if spilled {
            midway += 1;
            if midway == 3 {
                break;
            }
        } else {
            delay = delay.mul_f64(1.3);
        }
    }
    assert!(midway > 0, "no kill landed inside an apply of {whole:?}");
    // The store still works, and the apply goes through afterwards.
    env.ok(&["apply", &path]);
    assert_eq!(export(&env), after);
}

#[test]
fn items_differing_only_in_case_are_two_items_and_export_applies_back() {
    let env = Env::new();
    env.ok(&["items", "create", "repositories/Samples"]);
    env.ok(&["items", "create", "repositories/samples"]);
    let out = file(&env, "exported.toml", &export(&env));
    assert_eq!(
        env.ok(&["apply", &out]).stdout,
        format!("no changes: the store matches `{out}`\n")
    );
    // Users and roles still compare without case.
    let errors = located(&refused(
        &env,
        "[users.bob]\n[users.Bob]\n[roles.r]\n[roles.R]\n",
    ));
    assert_eq!(errors.len(), 2, "{errors:?}");
    for (path, _, message) in &errors {
        assert!(path.starts_with("users.") || path.starts_with("roles."));
        assert!(message.ends_with("is listed twice (names compare without case)"));
    }
}

#[test]
fn fields_of_an_entry_with_a_bad_name_are_still_checked() {
    let env = Env::new();
    let errors = located(&refused(
        &env,
        "[users.\"bob smith\"]\npermissions = [\"jobs:fly\"]\n\n[roles.\"a b\"]\nsuperuser = \"yes\"\n",
    ));
    let paths: Vec<_> = errors.iter().map(|(p, l, _)| (p.as_str(), *l)).collect();
    assert_eq!(
        paths,
        [
            ("users.\"bob smith\"", 1),
            ("users.\"bob smith\".permissions", 2),
            ("roles.\"a b\"", 4),
            ("roles.\"a b\".superuser", 5),
        ],
        "{errors:?}"
    );
}

#[test]
fn a_bad_email_is_a_located_error_in_a_dry_run_too() {
    let env = Env::new();
    env.ok(&["users", "create", "carol", "--no-password"]);
    let text = "[users.bob]\nemail = \"bob\"\n\n[users.carol]\nemail = \"carol at example\"\n";
    let errors = located(&refused(&env, text));
    assert_eq!(
        errors,
        [
            (
                "users.bob.email".into(),
                2,
                "`bob` is not an email address".into()
            ),
            (
                "users.carol.email".into(),
                5,
                "`carol at example` is not an email address".into()
            ),
        ]
    );
    let path = env.path("bad.toml").display().to_string();
    let r = env.run(&["apply", &path, "--dry-run"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("[users.bob.email] (line 2)"),
        "{}",
        r.stderr
    );
}

#[test]
fn hex_octal_binary_and_signed_setting_numbers_keep_their_value() {
    let env = Env::new();
    let setting = |key: &str| {
        env.ok(&["-o", "json", "settings", "show", key]).json()[0]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for (written, stored) in [
        ("0x10", "16"),
        ("0o20", "16"),
        ("0b1101", "13"),
        ("+12", "12"),
    ] {
        let path = file(
            &env,
            "m.toml",
            &format!("[settings]\n\"password.min-length\" = {written}\n"),
        );
        env.ok(&["apply", &path]);
        assert_eq!(setting("password.min-length"), stored, "{written}");
    }
    let errors = located(&refused(
        &env,
        "[settings]\n\"password.min-length\" = 0xffffffffffffffff\n",
    ));
    assert_eq!(
        errors,
        [(
            "settings.\"password.min-length\"".into(),
            2,
            "`0xffffffffffffffff` is too large a number".into()
        )]
    );
}

#[test]
fn a_dry_run_finds_a_lock_out_and_names_no_flag_apply_lacks() {
    let env = Env::new();
    let lockout = "this would leave no enabled user with a superuser role: keep one enabled user in a superuser role";
    for text in [
        "[users.admin]\nenabled = false\n",
        "[users.bob]\nroles = [\"fmesuperuser\"]\nenabled = false\n\n[users.admin]\nenabled = false\n",
    ] {
        let path = file(&env, "m.toml", text);
        for dry_run in [true, false] {
            let mut args = vec!["-o", "json", "apply", path.as_str()];
            if dry_run {
                args.push("--dry-run");
            }
            let r = env.run(&args);
            assert_eq!(r.code, 2, "{text} {}", r.stdout);
            assert!(!r.stderr.contains("--allow-no-superuser"), "{}", r.stderr);
            let v: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
            assert_eq!(v["error"]["errors"][0]["message"], lockout, "{text}");
        }
    }
    // Another enabled superuser, new or made one by a new role, and a change of roles
    // that keeps one, pass.
    for text in [
        "[users.admin]\nenabled = false\n\n[users.bob]\nroles = [\"fmesuperuser\"]\n",
        "[users.admin]\nenabled = false\n\n[users.guest]\nenabled = true\nroles = [\"root\"]\n\n[roles.root]\nsuperuser = true\n",
    ] {
        let path = file(&env, "m.toml", text);
        let r = env.run(&["apply", &path, "--dry-run"]);
        assert_eq!(r.code, 0, "{text}: {}", r.stderr);
    }
}

#[test]
fn test_reports_what_apply_would_refuse_without_reading_passwords() {
    let env = Env::new();
    let path = file(
        &env,
        "m.toml",
        r#"[users.alice]
roles = ["analyst"]
password-env = "FLOWSEC_TEST_UNSET_VARIABLE"

[items."repositories/X"]
owner = "nobody"

[[assert]]
user = "ghost"
allow = ["jobs:access"]

[[assert]]
user = "alice"
deny = ["security:manage"]
"#,
    );
    let r = env.run(&["-o", "json", "test", &path]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.error_kind(), "invalid_input", "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    let errors = located(v["error"]["errors"].as_array().unwrap());
    let expected: Vec<(String, u64, String)> = [
        (
            "users.alice.roles",
            2,
            "unknown role `analyst`: it is neither in [roles] nor in the store",
        ),
        (
            "items.\"repositories/X\".owner",
            6,
            "unknown user `nobody`: it is neither in [users] nor in the store",
        ),
        (
            "assert[1].user",
            9,
            "unknown user `ghost`: it is neither in [users] nor in the store",
        ),
    ]
    .iter()
    .map(|(p, l, m)| (p.to_string(), *l, m.to_string()))
    .collect();
    assert_eq!(errors, expected);

    // A lock-out is reported as apply would.
    let path = file(
        &env,
        "lockout.toml",
        "[users.admin]\nenabled = false\n\n[[assert]]\nuser = \"admin\"\nallow = [\"jobs:access\"]\n",
    );
    let r = env.run(&["test", &path]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("no enabled user with a superuser role"),
        "{}",
        r.stderr
    );
}

#[test]
fn passwords_are_hashed_before_the_write_lock_so_other_writers_do_not_wait() {
    let mut text = String::new();
    for u in 0..30 {
        text.push_str(&format!(
            "[users.p{u}]\npassword-env = \"ALICE_PASSWORD\"\n\n"
        ));
    }
    // How long a whole apply takes, nearly all of it argon2.
    let copy = Env::new();
    let path = file(&copy, "m.toml", &text);
    let started = Instant::now();
    assert_eq!(with_password(&copy, &["apply", &path]).code, 0);
    let whole = started.elapsed();

    let env = Env::new();
    let path = file(&env, "m.toml", &text);
    let apply = env
        .command()
        .env("ALICE_PASSWORD", ALICE_PASSWORD)
        .args(["apply", &path])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Well inside the hashing: a write made now goes first, not after the apply.
    std::thread::sleep(whole / 3);
    env.ok(&["users", "create", "probe", "--no-password"]);
    assert!(finish(apply).status.success());
    let audit = env.audit_actions();
    let at = |user: &str| {
        audit
            .iter()
            .position(|a| a == &("user.create".to_string(), user.to_string()))
            .unwrap()
    };
    assert!(
        at("probe") < at("p0"),
        "the probe waited for the apply: {audit:?}"
    );
    env.ok_stdin(
        &["auth", "verify", "p7", "--password-stdin"],
        &format!("{ALICE_PASSWORD}\n"),
    );
}

/// Regression: export wrote directory users as local users without a password, and
/// `--prune` deleted them; they belong to their directory (`directory sync` disables them).
#[test]
fn directory_users_are_neither_exported_nor_pruned() {
    let env = Env::new();
    env.store()
        .write(&flowsec::identity::Actor::local(), |tx| {
            let dirk = flowsec::store::users::NewUser {
                name: flowsec::model::Name::parse("user", "dirk")?,
                full_name: String::new(),
                email: String::new(),
                enabled: true,
                password_hash: None,
            };
            flowsec::store::users::create_from_directory(tx, &dirk, "corp")
        })
        .unwrap();
    env.ok(&["users", "create", "lou", "--no-password"]);
    let exported = env.ok(&["export"]).stdout;
    assert!(!exported.contains("dirk"), "{exported}");
    assert!(exported.contains("[users.lou]"), "{exported}");
    let path = file(
        &env,
        "m.toml",
        "[users.admin]\nroles = [\"fmeadmin\", \"fmesuperuser\"]\n",
    );
    let plan = env.ok(&["apply", &path, "--prune", "--dry-run"]).stdout;
    assert!(plan.contains("lou"), "the local user is pruned: {plan}");
    assert!(!plan.contains("dirk"), "the directory user is not: {plan}");
}
