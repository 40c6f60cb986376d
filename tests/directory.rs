//! Issue 8: directory servers. Every test runs against a real OpenLDAP server (Debian's
//! slapd) started on 127.0.0.1 with a throwaway configuration; without slapd they skip
//! loudly, except under CI (`FLOWSEC_CI`), where they fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/slapd.rs"]
mod slapd;
mod support;

use std::time::{Duration, Instant};

use serde_json::Value;
use slapd::{
    CONFIG_DN, GROUPS, PEOPLE, SERVICE_DN, SERVICE_PASSWORD, Slapd, group, person, person_dn,
};
use support::{Env, Run, as_token, forbidden, run_command};

const ALICE: &str = "alice-Directory-pw1";
const BOB: &str = "bob-Directory-pw1";
const CAROL: &str = "carol-Directory-pw1";

/// alice, bob, carol, a user whose name flowsec cannot take, and erin, who is also a
/// local user; groups of every kind flowsec reads, and two it cannot make roles of.
fn directory() -> String {
    [
        person("alice", "Alice Example", Some("alice@example.org"), ALICE),
        person("bob", "Bob Builder", Some("bob@example.org"), BOB),
        person("carol", "Carol Jones", None, CAROL),
        person("dan smith", "Dan Smith", None, "dan-pw-12345"),
        person("erin", "Erin Directory", None, "erin-pw-12345"),
        group("engineers", &["alice", "bob"]),
        group("analysts", &["carol", "erin"]),
        group("Domain Users", &["alice", "bob", "carol"]),
        group("fmeadmin", &["bob"]),
        format!(
            "dn: cn=ops,{GROUPS}\nobjectClass: posixGroup\ncn: ops\ngidNumber: 500\n\
             memberUid: bob\n"
        ),
    ]
    .join("\n")
}

/// A running directory and a store that knows it as `corp`; `None`: slapd is missing.
fn setup() -> Option<(Slapd, Env)> {
    let slapd = Slapd::start(&directory())?;
    let env = Env::new();
    env.user("erin", "Local-Secret-pw1");
    add(&env, &slapd.url(), SERVICE_PASSWORD);
    Some((slapd, env))
}

fn add(env: &Env, url: &str, bind_password: &str) {
    let groups = ["--group-base", GROUPS];
    add_directory(env, "corp", url, SERVICE_DN, bind_password, &groups);
}

/// `directory add NAME` searching the people, with `extra` options; requires exit 0.
fn add_directory(
    env: &Env,
    name: &str,
    url: &str,
    bind_dn: &str,
    bind_password: &str,
    extra: &[&str],
) -> Run {
    let mut args = vec![
        "directory",
        "add",
        name,
        "--url",
        url,
        "--bind-dn",
        bind_dn,
        "--bind-password-stdin",
        "--user-base",
        PEOPLE,
    ];
    args.extend_from_slice(extra);
    env.ok_stdin(&args, &format!("{bind_password}\n"))
}

fn json(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    env.ok(&all).json()
}

fn names(value: &Value) -> Vec<String> {
    let mut names: Vec<String> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

fn members(env: &Env, role: &str) -> Vec<String> {
    names(&json(env, &["roles", "show", role])["members"])
}

fn memberships(report: &Value, key: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = report[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["user"].as_str().unwrap().to_string(),
                m["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    list.sort();
    list
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(u, r)| (u.to_string(), r.to_string()))
        .collect()
}

fn skipped(report: &Value) -> Vec<String> {
    names(&Value::Array(
        report["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["entry"].clone())
            .collect(),
    ))
}

fn verify(env: &Env, name: &str, password: &str) -> Run {
    env.run_stdin(
        &["-o", "json", "auth", "verify", name, "--password-stdin"],
        &format!("{password}\n"),
    )
}

#[test]
fn import_makes_users_of_the_directory_and_roles_of_its_groups() {
    let Some((_slapd, env)) = setup() else { return };
    let report = json(&env, &["directory", "import", "corp", "--groups"]);
    assert_eq!(report["users_found"], 5);
    assert_eq!(names(&report["users_created"]), ["alice", "bob", "carol"]);
    assert_eq!(
        names(&report["roles_created"]),
        ["analysts", "engineers", "ops"]
    );
    // Not taken over: a local user's name, a name flowsec cannot hold, a group that is
    // no role name, and a group named like an existing role (fmeadmin!).
    assert_eq!(
        skipped(&report),
        ["Domain Users", "dan smith", "erin", "fmeadmin"]
    );
    assert_eq!(
        memberships(&report, "members_added"),
        pairs(&[
            ("alice", "engineers"),
            ("bob", "engineers"),
            ("bob", "ops"),
            ("carol", "analysts"),
        ])
    );

    let alice = json(&env, &["users", "show", "alice"]);
    assert_eq!(alice["source"], "corp");
    assert_eq!(alice["has_password"], false);
    assert_eq!(alice["enabled"], true);
    assert_eq!(alice["email"], "alice@example.org");
    assert_eq!(alice["full_name"], "Alice Example");
    assert_eq!(members(&env, "engineers"), ["alice", "bob"]);
    assert_eq!(members(&env, "ops"), ["bob"], "posixGroup memberUid");
    assert_eq!(
        members(&env, "analysts"),
        ["carol"],
        "the local erin stays out"
    );
    assert_eq!(members(&env, "fmeadmin"), ["admin"]);
    assert_eq!(json(&env, &["users", "show", "erin"])["source"], "local");

    // Again: nothing to do.
    let again = json(&env, &["directory", "import", "corp", "--groups"]);
    for key in [
        "users_created",
        "users_updated",
        "users_disabled",
        "roles_created",
        "members_added",
        "members_removed",
    ] {
        assert_eq!(again[key], Value::Array(vec![]), "{key}");
    }

    let shown = json(&env, &["directory", "show", "corp"]);
    assert_eq!(names(&shown["users"]), ["alice", "bob", "carol"]);
    assert_eq!(shown["import_groups"], true);
    let listed = json(&env, &["directory", "list"]);
    assert_eq!(listed[0]["name"], "corp");
    assert_eq!(listed[0]["users"], 3);
    assert!(listed[0]["synced"].is_string());

    let actions: Vec<String> = env.audit_actions().into_iter().map(|(a, _)| a).collect();
    for action in [
        "directory.add",
        "directory.sync",
        "user.create",
        "role.create",
    ] {
        assert!(actions.iter().any(|a| a == action), "{action}: {actions:?}");
    }
    // The bind password is encrypted and shown nowhere.
    assert!(!shown.to_string().contains(SERVICE_PASSWORD));
    for (path, bytes) in env.store_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(SERVICE_PASSWORD), "{}", path.display());
    }
}

#[test]
fn test_reports_what_the_directory_holds() {
    let Some((_slapd, env)) = setup() else { return };
    let probe = json(&env, &["directory", "test", "corp"]);
    assert_eq!(probe["users"], 5);
    assert_eq!(probe["groups"], 5);
    assert_eq!(
        names(&probe["sample_users"]),
        ["alice", "bob", "carol", "dan smith", "erin"]
    );
    // Testing changes nothing but the audit trail's silence.
    assert_eq!(
        json(&env, &["directory", "show", "corp"])["users"],
        Value::Array(vec![])
    );
}

#[test]
fn a_group_mapped_onto_an_existing_role_gives_its_members_that_role() {
    let Some((_slapd, env)) = setup() else { return };
    let r = env.run(&[
        "-o",
        "json",
        "directory",
        "map",
        "corp",
        "engineers",
        "nosuchrole",
    ]);
    assert_eq!((r.code, r.error_kind()), (2, "not_found".to_string()));
    json(
        &env,
        &["directory", "map", "corp", "engineers", "fmeauthor"],
    );
    json(
        &env,
        &["directory", "map", "corp", "Domain Users", "fmeuser"],
    );

    // Without --groups no role is made, but mapped groups are followed.
    let report = json(&env, &["directory", "import", "corp"]);
    assert_eq!(report["roles_created"], Value::Array(vec![]));
    assert_eq!(members(&env, "fmeauthor"), ["alice", "author", "bob"]);
    assert_eq!(members(&env, "fmeuser"), ["alice", "bob", "carol", "user"]);
    assert!(
        env.check(&["--user", "alice", "repositories:create"])
            .allowed
    );
    assert!(
        !env.check(&["--user", "carol", "repositories:create"])
            .allowed
    );
    let shown = json(&env, &["directory", "show", "corp"]);
    assert_eq!(shown["mappings"].as_array().unwrap().len(), 2);

    // Taking the role away takes it from the group's members, not from local users.
    let unmapped = json(&env, &["directory", "unmap", "corp", "engineers"]);
    assert_eq!(
        memberships(&unmapped, "members_removed"),
        pairs(&[("alice", "fmeauthor"), ("bob", "fmeauthor")])
    );
    assert_eq!(members(&env, "fmeauthor"), ["author"]);
    assert!(
        !env.check(&["--user", "alice", "repositories:create"])
            .allowed
    );
}

#[test]
fn sync_follows_changes_in_the_directory() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp", "--groups"]);
    slapd.remove_member("engineers", &person_dn("bob"));
    slapd.delete(&person_dn("carol"));
    slapd.add_person("frank", "frank-Directory-pw1");
    slapd.add_member("analysts", &person_dn("frank"));

    let report = json(&env, &["directory", "sync", "corp"]);
    assert_eq!(names(&report["users_created"]), ["frank"]);
    assert_eq!(names(&report["users_disabled"]), ["carol"]);
    assert_eq!(
        memberships(&report, "members_removed"),
        pairs(&[("bob", "engineers"), ("carol", "analysts")])
    );
    assert_eq!(
        memberships(&report, "members_added"),
        pairs(&[("frank", "analysts")])
    );
    assert_eq!(members(&env, "engineers"), ["alice"]);
    assert_eq!(members(&env, "analysts"), ["frank"]);
    // Gone from the directory: disabled, not deleted.
    let carol = json(&env, &["users", "show", "carol"]);
    assert_eq!(carol["enabled"], false);
    assert_eq!(verify(&env, "carol", CAROL).code, 1);

    let again = json(&env, &["directory", "sync", "corp"]);
    assert_eq!(again["users_disabled"], Value::Array(vec![]));
    assert_eq!(again["members_removed"], Value::Array(vec![]));
    assert_eq!(again["members_added"], Value::Array(vec![]));
}

#[test]
fn directory_users_log_in_with_their_directory_password() {
    let Some((_slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    let right = verify(&env, "alice", ALICE);
    assert_eq!(right.code, 0, "{}", right.stderr);
    assert_eq!(right.json()["verified"], true);

    // A wrong password gets the answer an unknown user gets.
    let wrong = verify(&env, "alice", "not-her-password");
    let unknown = verify(&env, "mallory", ALICE);
    assert_eq!((wrong.code, unknown.code), (1, 1));
    assert_eq!(wrong.json()["reason"], unknown.json()["reason"]);
    // Another user's directory password is not hers.
    assert_eq!(verify(&env, "alice", BOB).code, 1);
    // The local erin is still checked locally, not against the directory's erin.
    assert_eq!(verify(&env, "erin", "Local-Secret-pw1").code, 0);
    assert_eq!(verify(&env, "erin", "erin-pw-12345").code, 1);

    let reasons: Vec<String> = json(&env, &["audit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "auth.failure" && r["target"] == "alice")
        .map(|r| r["details"]["reason"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(reasons, ["wrong_password", "wrong_password"]);
    let login = env.run_stdin(
        &["-o", "json", "auth", "login", "bob", "--password-stdin"],
        &format!("{BOB}\n"),
    );
    assert_eq!(login.code, 0, "{}", login.stderr);
    assert_eq!(json(&env, &["auth", "status"])["user"], "bob");
}

#[test]
fn local_password_commands_refuse_directory_users() {
    let Some((_slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    let set = env.run_stdin(
        &["-o", "json", "users", "passwd", "alice", "--password-stdin"],
        "Some-New-pw-123\n",
    );
    assert_eq!(
        (set.code, set.error_kind()),
        (2, "invalid_input".to_string())
    );
    assert!(set.stderr.contains("directory `corp`"), "{}", set.stderr);

    // Only someone who knows the directory password learns where to change it.
    let change = |current: &str| {
        env.run_stdin(
            &["-o", "json", "auth", "passwd", "alice", "--password-stdin"],
            &format!("{current}\nSome-New-pw-123\n"),
        )
    };
    let wrong = change("not-her-password");
    assert_eq!(wrong.code, 1, "{}", wrong.stderr);
    let right = change(ALICE);
    assert_eq!(
        (right.code, right.error_kind()),
        (2, "invalid_input".to_string())
    );
    assert!(
        right.stderr.contains("change the password there"),
        "{}",
        right.stderr
    );

    let must = env.run(&[
        "-o",
        "json",
        "users",
        "update",
        "alice",
        "--must-change-password",
    ]);
    assert_eq!(
        (must.code, must.error_kind()),
        (2, "invalid_input".to_string())
    );
    env.ok(&["settings", "set", "email.smtp-url", "smtp://127.0.0.1:2525"]);
    env.ok(&["settings", "set", "email.from", "flowsec@example.org"]);
    let recover = env.run(&["-o", "json", "auth", "recover", "alice"]);
    assert_eq!(recover.code, 2, "{}", recover.stderr);
    assert!(recover.stderr.contains("directory"), "{}", recover.stderr);
    // And the directory password still works.
    assert_eq!(verify(&env, "alice", ALICE).code, 0);
}

#[test]
fn lockout_applies_to_directory_users_and_spares_the_directory() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    env.ok(&["settings", "set", "login.max-failures", "2"]);
    assert_eq!(verify(&env, "alice", "wrong-1").code, 1);
    assert_eq!(verify(&env, "alice", "wrong-2").code, 1);
    assert_eq!(verify(&env, "alice", ALICE).code, 1, "locked");
    assert!(json(&env, &["users", "show", "alice"])["locked_until"].is_string());
    assert!(
        env.audit_actions()
            .contains(&("auth.lockout".to_string(), "alice".to_string()))
    );
    // While locked, the directory is not asked: with it gone, the answer is the same.
    drop(slapd);
    assert_eq!(verify(&env, "alice", ALICE).code, 1);
    env.ok(&["users", "unlock", "alice"]);
    assert_eq!(
        verify(&env, "alice", ALICE).code,
        2,
        "unlocked, the directory is asked"
    );
}

#[test]
fn an_unreachable_directory_is_an_error_with_no_local_fallback() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp", "--groups"]);
    drop(slapd);
    let before = env.audit_actions().len();
    let started = Instant::now();
    let r = verify(&env, "alice", ALICE);
    assert!(started.elapsed() < Duration::from_secs(10), "fails fast");
    assert_eq!(
        (r.code, r.error_kind()),
        (2, "io".to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("unreachable"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let login = env.run_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(login.code, 2, "{}", login.stderr);
    assert!(
        login.stderr.contains("directory `corp` is unreachable"),
        "{}",
        login.stderr
    );
    assert_eq!(env.run(&["auth", "status"]).code, 1, "no session");
    for args in [
        &["-o", "json", "directory", "test", "corp"][..],
        &["-o", "json", "directory", "sync", "corp"],
        &["-o", "json", "directory", "import", "corp"],
    ] {
        let r = env.run(args);
        assert_eq!((r.code, r.error_kind()), (2, "io".to_string()), "{args:?}");
    }
    // Nothing changed, users stay as they were: a sync that cannot read disables no one.
    assert_eq!(env.audit_actions().len(), before);
    assert_eq!(json(&env, &["users", "show", "alice"])["enabled"], true);

    // A closed port from the start.
    let closed = format!("ldap://127.0.0.1:{}", slapd::free_port());
    add_directory(&env, "closed", &closed, SERVICE_DN, "x-password", &[]);
    let r = env.run(&["-o", "json", "directory", "test", "closed"]);
    assert_eq!((r.code, r.error_kind()), (2, "io".to_string()));
}

#[test]
fn ldaps_and_starttls_verify_the_server_certificate() {
    let Some(slapd) = Slapd::start_tls(&directory()) else {
        return;
    };
    let (tls_port, ca) = slapd.tls.clone().unwrap();
    let env = Env::new();
    add(
        &env,
        &format!("ldaps://127.0.0.1:{tls_port}"),
        SERVICE_PASSWORD,
    );
    let url = slapd.url();
    add_directory(
        &env,
        "st",
        &url,
        SERVICE_DN,
        SERVICE_PASSWORD,
        &["--starttls"],
    );
    // Trusting the test CA the way an administrator would: the system's CA store, here
    // replaced through SSL_CERT_FILE.
    let trusting = |args: &[&str], stdin: &str| {
        run_command(env.command().env("SSL_CERT_FILE", &ca).args(args), stdin)
    };
    for name in ["corp", "st"] {
        let r = trusting(&["-o", "json", "directory", "test", name], "");
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert_eq!(r.json()["users"], 5);
    }
    let r = trusting(&["directory", "import", "corp"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = trusting(
        &["auth", "verify", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Not trusting it: no connection, whatever the password.
    for name in ["corp", "st"] {
        let r = env.run(&["-o", "json", "directory", "test", name]);
        assert_eq!((r.code, r.error_kind()), (2, "io".to_string()), "{name}");
        assert!(r.stderr.contains("certificate"), "{}", r.stderr);
    }
}

#[test]
fn a_wrong_service_password_is_an_auth_error() {
    let Some(slapd) = Slapd::start(&directory()) else {
        return;
    };
    let env = Env::new();
    add(&env, &slapd.url(), "not-the-service-password");
    let r = env.run(&["-o", "json", "directory", "test", "corp"]);
    assert_eq!(
        (r.code, r.error_kind()),
        (2, "auth".to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("service account"), "{}", r.stderr);
    assert!(!r.stderr.contains(SERVICE_DN), "{}", r.stderr);
}

#[test]
fn directory_configurations_are_checked_before_anything_is_stored() {
    let env = Env::new();
    let base = |name: &str, url: &str, extra: &[&str]| {
        let mut args = vec![
            "-o",
            "json",
            "directory",
            "add",
            name,
            "--url",
            url,
            "--bind-dn",
            "cn=svc,dc=x",
            "--bind-password-stdin",
            "--user-base",
            "dc=x",
        ];
        args.extend_from_slice(extra);
        env.run_stdin(&args, "svc-password\n")
    };
    for (name, url, extra, kind) in [
        ("corp", "http://ldap.example.com", &[][..], "invalid_input"),
        (
            "corp",
            "ldaps://ldap.example.com",
            &["--starttls"][..],
            "invalid_input",
        ),
        (
            "corp",
            "ldap://user:pw@ldap.example.com",
            &[][..],
            "invalid_input",
        ),
        ("local", "ldap://ldap.example.com", &[][..], "invalid_input"),
        (
            "bad name",
            "ldap://ldap.example.com",
            &[][..],
            "invalid_input",
        ),
        (
            "corp",
            "ldap://ldap.example.com",
            &["--user-filter", "(uid=alice)"][..],
            "invalid_input",
        ),
        (
            "corp",
            "ldap://ldap.example.com",
            &["--user-filter", "(uid={username}"][..],
            "invalid_input",
        ),
        (
            "corp",
            "ldap://ldap.example.com",
            &["--group-filter", "(objectClass="][..],
            "invalid_input",
        ),
        (
            "corp",
            "ldap://ldap.example.com",
            &["--email-attr", "ma il"][..],
            "invalid_input",
        ),
    ] {
        let r = base(name, url, extra);
        assert_eq!(r.code, 2, "{name} {url} {extra:?}");
        assert_eq!(r.error_kind(), kind, "{name} {url} {extra:?}: {}", r.stderr);
    }
    assert_eq!(base("corp", "ldap://ldap.example.com:389", &[]).code, 0);
    let again = base("CORP", "ldap://ldap.example.com:389", &[]);
    assert_eq!(
        (again.code, again.error_kind()),
        (2, "conflict".to_string())
    );
    // The bind password comes from stdin or a prompt, never from an argument.
    let prompt = env.run(&[
        "-o",
        "json",
        "directory",
        "add",
        "other",
        "--url",
        "ldap://h",
        "--bind-dn",
        "cn=a",
        "--user-base",
        "dc=x",
    ]);
    assert_eq!((prompt.code, prompt.error_kind()), (2, "usage".to_string()));
    // Without a group base, groups cannot be mapped.
    let map = env.run(&["-o", "json", "directory", "map", "corp", "g", "fmeuser"]);
    assert_eq!(
        (map.code, map.error_kind()),
        (2, "invalid_input".to_string())
    );
    let removed = json(&env, &["directory", "remove", "corp"]);
    assert_eq!(removed["directory"], "corp");
    assert_eq!(json(&env, &["directory", "list"]), Value::Array(vec![]));
}

/// A local user `sec` with a role giving `permissions`, and a token acting as it.
fn manager(env: &Env, permissions: &[&str]) -> String {
    env.ok(&["roles", "create", "managers"]);
    for permission in permissions {
        env.ok(&["perms", "grant", "--role", "managers", permission]);
    }
    env.user("sec", "Manager-Passw0rd-long");
    env.ok(&["roles", "add-member", "managers", "sec"]);
    let token = json(env, &["tokens", "create", "mgr", "--user", "sec"]);
    token["token"].as_str().unwrap().to_string()
}

#[test]
fn unmap_and_remove_need_the_power_they_take() {
    let Some((slapd, env)) = setup() else { return };
    // bob becomes a superuser through the directory's group fmeadmin.
    json(
        &env,
        &["directory", "map", "corp", "fmeadmin", "fmesuperuser"],
    );
    json(&env, &["directory", "import", "corp"]);
    assert_eq!(members(&env, "fmesuperuser"), ["admin", "bob"]);
    let sec = manager(&env, &["security:manage", "user-management:manage"]);

    forbidden(&as_token(
        &env,
        &sec,
        &["directory", "map", "corp", "engineers", "fmesuperuser"],
    ));
    forbidden(&as_token(
        &env,
        &sec,
        &["directory", "unmap", "corp", "fmeadmin"],
    ));
    forbidden(&as_token(&env, &sec, &["directory", "remove", "corp"]));
    // A sync that would disable the superuser bob.
    slapd.delete(&person_dn("bob"));
    forbidden(&as_token(&env, &sec, &["directory", "sync", "corp"]));
    assert_eq!(members(&env, "fmesuperuser"), ["admin", "bob"]);
    assert_eq!(json(&env, &["users", "show", "bob"])["enabled"], true);

    // A disabled superuser among them counts too: it keeps its roles, and a directory
    // added again under the name would log it in.
    json(&env, &["users", "update", "bob", "--disable"]);
    forbidden(&as_token(&env, &sec, &["directory", "remove", "corp"]));
    json(&env, &["users", "update", "bob", "--enable"]);

    // Without a superuser among them, the manager may disable the directory's users.
    json(&env, &["directory", "unmap", "corp", "fmeadmin"]);
    let removed = as_token(&env, &sec, &["directory", "remove", "corp"]);
    assert_eq!(removed.code, 0, "{}", removed.stderr);
    assert_eq!(
        names(&removed.json()["users_disabled"]),
        ["alice", "bob", "carol"]
    );
}

#[test]
fn disabling_directory_users_needs_user_management() {
    let Some((_slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    let sec = manager(&env, &["security:manage"]);
    forbidden(&as_token(&env, &sec, &["directory", "remove", "corp"]));
    assert_eq!(json(&env, &["users", "show", "alice"])["enabled"], true);
}

#[test]
fn remapping_a_group_is_refused_until_it_is_unmapped() {
    let Some((_slapd, env)) = setup() else { return };
    json(
        &env,
        &["directory", "map", "corp", "engineers", "fmeauthor"],
    );
    json(&env, &["directory", "import", "corp"]);
    assert_eq!(members(&env, "fmeauthor"), ["alice", "author", "bob"]);
    // The same role again changes nothing; another role is refused.
    json(
        &env,
        &["directory", "map", "corp", "Engineers", "fmeauthor"],
    );
    let r = env.run(&[
        "-o",
        "json",
        "directory",
        "map",
        "corp",
        "engineers",
        "fmeuser",
    ]);
    assert_eq!(
        (r.code, r.error_kind()),
        (2, "conflict".to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("directory unmap corp"), "{}", r.stderr);

    json(&env, &["directory", "unmap", "corp", "engineers"]);
    json(&env, &["directory", "map", "corp", "engineers", "fmeuser"]);
    json(&env, &["directory", "sync", "corp"]);
    assert_eq!(members(&env, "fmeauthor"), ["author"]);
    assert_eq!(members(&env, "fmeuser"), ["alice", "bob", "user"]);
}

#[test]
fn a_narrowed_import_leaves_users_outside_its_filter_alone() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp", "--groups"]);
    let narrowed = json(
        &env,
        &[
            "directory",
            "import",
            "corp",
            "--users",
            "(uid=alice)",
            "--groups",
        ],
    );
    assert_eq!(narrowed["users_found"], 1);
    assert_eq!(narrowed["users_disabled"], Value::Array(vec![]));
    assert_eq!(narrowed["members_removed"], Value::Array(vec![]));
    let synced = json(&env, &["directory", "sync", "corp"]);
    assert_eq!(synced["users_disabled"], Value::Array(vec![]));
    assert_eq!(synced["members_removed"], Value::Array(vec![]));
    assert_eq!(json(&env, &["users", "show", "bob"])["enabled"], true);
    assert_eq!(members(&env, "engineers"), ["alice", "bob"]);

    // Gone from the directory is still seen under the narrowed filter.
    slapd.delete(&person_dn("carol"));
    let synced = json(&env, &["directory", "sync", "corp"]);
    assert_eq!(names(&synced["users_disabled"]), ["carol"]);
    assert_eq!(json(&env, &["users", "show", "bob"])["enabled"], true);
}

#[test]
fn a_directory_listing_no_users_disables_no_one_without_allow_empty() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    for uid in ["alice", "bob", "carol", "dan smith", "erin"] {
        slapd.delete(&person_dn(uid));
    }
    let before = env.audit_actions().len();
    let r = env.run(&["-o", "json", "directory", "sync", "corp"]);
    assert_eq!(
        (r.code, r.error_kind()),
        (2, "conflict".to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--allow-empty"), "{}", r.stderr);
    assert_eq!(env.audit_actions().len(), before, "nothing changed");
    assert_eq!(json(&env, &["users", "show", "alice"])["enabled"], true);

    let forced = json(&env, &["directory", "sync", "corp", "--allow-empty"]);
    assert_eq!(names(&forced["users_disabled"]), ["alice", "bob", "carol"]);
}

#[test]
fn a_missing_slapd_skips_loudly_and_fails_under_ci() {
    let child = |ci: bool| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command
            .args(["test_reports_what_the_directory_holds", "--exact"])
            .env(slapd::SLAPD_VARIABLE, "/nonexistent/slapd")
            .env_remove(slapd::CI_VARIABLE);
        if ci {
            command.env(slapd::CI_VARIABLE, "1");
        }
        command.output().unwrap()
    };
    let skipped = child(false);
    assert!(skipped.status.success());
    let stderr = String::from_utf8_lossy(&skipped.stderr);
    assert!(stderr.contains(slapd::SKIPPED), "{stderr}");
    assert!(!child(true).status.success());
}

#[test]
fn a_refused_service_account_is_named_only_in_the_audit_trail() {
    let Some((slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    slapd
        .admin()
        .modify(
            SERVICE_DN,
            vec![ldap3::Mod::Replace(
                "userPassword",
                std::collections::HashSet::from(["changed-Secret-1"]),
            )],
        )
        .unwrap()
        .success()
        .unwrap();
    let r = verify(&env, "alice", ALICE);
    assert_eq!(
        (r.code, r.error_kind()),
        (2, "auth".to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("service account"), "{}", r.stderr);
    assert!(!r.stderr.contains(SERVICE_DN), "{}", r.stderr);
    let records = json(&env, &["audit", "list"]);
    let refused = records
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "directory.refused")
        .unwrap();
    assert_eq!(refused["details"]["bind_dn"], SERVICE_DN);
}

/// How long `f` takes.
fn timed(f: impl Fn()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

#[test]
fn a_directory_users_wrong_password_costs_what_an_unknown_name_costs() {
    let Some((_slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    env.ok(&["settings", "set", "login.max-failures", "100"]);
    // The argon2 check is most of an unknown name's time: without it, the directory
    // user would answer in half of it or less. Interleaved pairs and the median ratio
    // keep other work on the machine out of the comparison.
    let mut ratios: Vec<f64> = (0..9)
        .map(|_| {
            let unknown = timed(|| assert_eq!(verify(&env, "mallory", "wrong-pw").code, 1));
            let directory = timed(|| assert_eq!(verify(&env, "alice", "wrong-pw").code, 1));
            directory.as_secs_f64() / unknown.as_secs_f64()
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    assert!(ratios[4] >= 0.6, "directory / unknown: {ratios:?}");
}

#[test]
fn server_side_bind_failures_are_errors_not_wrong_passwords() {
    let Some(slapd) = Slapd::start_refusing_user_binds(&directory()) else {
        return;
    };
    let env = Env::new();
    add_directory(&env, "corp", &slapd.url(), CONFIG_DN, SERVICE_PASSWORD, &[]);
    json(&env, &["directory", "import", "corp"]);
    env.ok(&["settings", "set", "login.max-failures", "2"]);
    for _ in 0..3 {
        let r = verify(&env, "alice", ALICE);
        assert_eq!(
            (r.code, r.error_kind()),
            (2, "io".to_string()),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("result code 53"), "{}", r.stderr);
    }
    assert!(json(&env, &["users", "show", "alice"])["locked_until"].is_null());
    assert!(
        !env.audit_actions().iter().any(|(a, _)| a == "auth.failure"),
        "nothing counted"
    );
}

#[test]
fn login_finds_users_by_the_username_attribute_when_the_filter_names_another() {
    let Some(slapd) = Slapd::start(&directory()) else {
        return;
    };
    let env = Env::new();
    let by_mail = [
        "--user-filter",
        "(mail={username})",
        "--username-attr",
        "uid",
    ];
    add_directory(
        &env,
        "corp",
        &slapd.url(),
        SERVICE_DN,
        SERVICE_PASSWORD,
        &by_mail,
    );
    let report = json(&env, &["directory", "import", "corp"]);
    assert_eq!(names(&report["users_created"]), ["alice", "bob"]);
    assert_eq!(verify(&env, "alice", ALICE).code, 0);
    assert_eq!(verify(&env, "bob", ALICE).code, 1);
}

#[test]
fn a_directory_added_again_in_another_case_keeps_its_users() {
    let Some(slapd) = Slapd::start(&directory()) else {
        return;
    };
    let env = Env::new();
    let add_as = |name: &str| {
        add_directory(&env, name, &slapd.url(), SERVICE_DN, SERVICE_PASSWORD, &[]);
    };
    add_as("Corp");
    json(&env, &["directory", "import", "CORP"]);
    assert_eq!(json(&env, &["users", "show", "alice"])["source"], "corp");
    json(&env, &["directory", "remove", "Corp"]);
    add_as("corp");
    let report = json(&env, &["directory", "sync", "corp"]);
    assert!(!skipped(&report).contains(&"alice".to_string()), "{report}");
    assert_eq!(
        names(&json(&env, &["directory", "show", "corp"])["users"]),
        ["alice", "bob", "carol", "erin"]
    );
}

#[test]
fn cleartext_ldap_is_warned_about() {
    let env = Env::new();
    let add_url = |name: &str, url: &str, extra: &[&str]| {
        add_directory(&env, name, url, SERVICE_DN, "svc-password", extra).stderr
    };
    assert!(add_url("plain", "ldap://h", &[]).contains("in clear"));
    assert!(!add_url("tls", "ldaps://h", &[]).contains("in clear"));
    assert!(!add_url("st", "ldap://h", &["--starttls"]).contains("in clear"));
}

#[test]
fn the_test_directory_refuses_anonymous_reads() {
    let Some(slapd) = Slapd::start(&directory()) else {
        return;
    };
    let mut conn = ldap3::LdapConn::new(&slapd.url()).unwrap();
    let found = conn
        .search(PEOPLE, ldap3::Scope::Subtree, "(uid=*)", vec!["uid"])
        .map(|r| r.0.len())
        .unwrap_or(0);
    assert_eq!(found, 0);
}

#[test]
fn ldap_filter_injection_in_a_user_name_finds_no_one() {
    let Some((_slapd, env)) = setup() else { return };
    json(&env, &["directory", "import", "corp"]);
    for name in ["*", "alice)(uid=*", "*)(|(uid=*"] {
        let r = verify(&env, name, ALICE);
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
    }
    // The library takes any name to the live directory: escaped, it matches no entry.
    let mut store = env.store();
    let actor = flowsec::identity::Actor::local();
    let key_file = env.key_file();
    let try_name = |store: &mut flowsec::store::Store, name: &str| {
        flowsec::directory::authenticate(store, &actor, &key_file, "corp", name, ALICE).unwrap()
    };
    use flowsec::directory::Verdict;
    assert_eq!(try_name(&mut store, "alice"), Verdict::Accepted);
    for name in ["alice)(uid=*", "*", "al*"] {
        assert_eq!(try_name(&mut store, name), Verdict::NotFound, "{name}");
    }
}

#[test]
fn a_directory_users_session_acts_as_that_user() {
    let Some((_slapd, env)) = setup() else { return };
    json(
        &env,
        &["directory", "map", "corp", "engineers", "fmeauthor"],
    );
    json(&env, &["directory", "import", "corp"]);
    let login = env.run_stdin(
        &["-o", "json", "auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(login.code, 0, "{}", login.stderr);
    // As alice: an author may create a repository, but not manage directories.
    let created = env.run(&["-o", "json", "items", "create", "repositories/Alices"]);
    assert_eq!(created.code, 0, "{}", created.stderr);
    forbidden(&env.run(&["-o", "json", "directory", "list"]));
    env.ok(&["auth", "logout"]);
    let item = json(&env, &["items", "show", "repositories/Alices"]);
    assert_eq!(item["owner"], "alice");
}
