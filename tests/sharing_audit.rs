//! Issue 3: sharing items, and the audit trail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::{ADMIN_PASSWORD, Env};

#[test]
fn share_and_unshare_item_actions() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["roles", "create", "viewers"]);
    env.ok(&[
        "users",
        "create",
        "vic",
        "--no-password",
        "--role",
        "viewers",
    ]);
    env.ok(&["items", "create", "repositories/Samples"]);
    env.ok(&[
        "items",
        "share",
        "repositories/Samples",
        "--user",
        "bob",
        "run",
        "read",
    ]);
    env.ok(&[
        "items",
        "share",
        "repositories/Samples",
        "--role",
        "viewers",
        "read",
    ]);

    let shown = env
        .ok(&["-o", "json", "items", "show", "repositories/Samples"])
        .json();
    assert_eq!(shown["owner"], "admin");
    assert_eq!(
        shown["users"],
        serde_json::json!([{"name": "bob", "actions": ["read", "run"]}])
    );
    assert_eq!(
        shown["roles"],
        serde_json::json!([{"name": "viewers", "actions": ["read"]}])
    );
    assert!(
        env.check(&["--user", "bob", "repositories/Samples:run"])
            .allowed
    );
    assert_eq!(
        env.check(&["--user", "vic", "repositories/Samples:read"])
            .kinds(0),
        ["role_grant"]
    );

    env.ok(&[
        "items",
        "unshare",
        "repositories/Samples",
        "--user",
        "bob",
        "run",
    ]);
    assert!(
        !env.check(&["--user", "bob", "repositories/Samples:run"])
            .allowed
    );
    assert!(
        env.check(&["--user", "bob", "repositories/Samples:read"])
            .allowed
    );

    // A general action is not an item action; a missing item is not found.
    let r = env.run(&[
        "-o",
        "json",
        "items",
        "share",
        "repositories/Samples",
        "--user",
        "bob",
        "create",
    ]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
    let r = env.run(&[
        "-o",
        "json",
        "items",
        "share",
        "repositories/Nope",
        "--user",
        "bob",
        "run",
    ]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));

    let listed = env
        .ok(&[
            "-o",
            "json",
            "items",
            "list",
            "repositories",
            "--owner",
            "admin",
        ])
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let none = env
        .ok(&["-o", "json", "items", "list", "--owner", "bob"])
        .json();
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn removing_an_item_takes_its_grants() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["items", "create", "topics/news"]);
    env.ok(&["items", "share", "topics/news", "--user", "bob", "publish"]);
    env.ok(&["items", "remove", "topics/news"]);
    let bob = env.ok(&["-o", "json", "users", "show", "bob"]).json();
    assert_eq!(bob["permissions"], serde_json::json!([]));
    env.ok(&["items", "create", "topics/news"]);
    assert!(!env.check(&["--user", "bob", "topics/news:publish"]).allowed);
}

#[test]
fn every_kind_of_change_is_recorded_without_secrets() {
    let env = Env::new();
    let pw = "staple-battery-77";
    let r = env.run_stdin(
        &["users", "create", "bob", "--password-stdin"],
        &format!("{pw}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    env.ok(&["users", "update", "bob", "--sharing", "off"]);
    let r = env.run_stdin(
        &["users", "passwd", "bob", "--password-stdin"],
        "new-staple-88\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    env.ok(&["roles", "create", "team"]);
    env.ok(&["roles", "add-member", "team", "bob"]);
    env.ok(&["roles", "load-template", "team", "--from", "fmeuser"]);
    env.ok(&["items", "create", "repositories/R"]);
    env.ok(&["items", "chown", "repositories/R", "bob"]);
    env.ok(&["perms", "grant", "--role", "team", "repositories/R:run"]);
    env.ok(&["perms", "revoke", "--role", "team", "repositories/R:run"]);
    env.ok(&["roles", "remove-member", "team", "bob"]);
    env.ok(&["items", "remove", "repositories/R"]);
    env.ok(&["roles", "remove", "team"]);
    env.ok(&["users", "remove", "bob"]);

    let got = env.audit_actions();
    let want = [
        ("store.init", env.shown_location()),
        ("user.create", "bob".into()),
        ("user.update", "bob".into()),
        ("user.passwd", "bob".into()),
        ("role.create", "team".into()),
        ("role.member.add", "team".into()),
        ("role.template", "team".into()),
        ("item.create", "repositories/R".into()),
        ("item.chown", "repositories/R".into()),
        ("grant.add", "role:team".into()),
        ("grant.remove", "role:team".into()),
        ("role.member.remove", "team".into()),
        ("item.remove", "repositories/R".into()),
        ("role.remove", "team".into()),
        ("user.remove", "bob".into()),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, t)| (a.to_string(), t.clone()))
        .collect();
    assert_eq!(got, want);

    let everything = env.ok(&["-o", "json", "audit", "list"]).stdout;
    for secret in [pw, "new-staple-88", ADMIN_PASSWORD] {
        assert!(
            !everything.contains(secret),
            "the audit trail holds a password"
        );
        let bytes = env.db_bytes();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the store holds a password in plain text"
        );
    }
    let record = &env
        .ok(&["-o", "json", "audit", "list", "--limit", "1"])
        .json()[0];
    assert_eq!(record["action"], "user.remove");
    assert_eq!(record["auth"], "local");
    assert_eq!(record["outcome"], "ok");
}

#[test]
fn failed_commands_leave_no_audit_record_and_filters_work() {
    let env = Env::new();
    let before = env.audit_actions().len();
    assert_eq!(
        env.run(&["perms", "grant", "--role", "nope", "jobs:access"])
            .code,
        2
    );
    assert_eq!(env.audit_actions().len(), before);

    env.ok(&["roles", "create", "x"]);
    let recent = env
        .ok(&["-o", "json", "audit", "list", "--since", "1h"])
        .json();
    assert_eq!(recent.as_array().unwrap().len(), before + 1);
    let future = env
        .ok(&["-o", "json", "audit", "list", "--since", "2999-01-01"])
        .json();
    assert_eq!(future, serde_json::json!([]));
    let nobody = env
        .ok(&["-o", "json", "audit", "list", "--actor", "nobody"])
        .json();
    assert_eq!(nobody, serde_json::json!([]));
    let r = env.run(&["-o", "json", "audit", "list", "--since", "yesterday"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
}
