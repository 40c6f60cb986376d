//! Issue 4: API tokens, and every command authorized for the identity that runs it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::{Decision, Env, as_token, forbidden, run_command};

/// A token made by the local administrator: (id, secret).
fn token(env: &Env, args: &[&str]) -> (String, String) {
    let mut all = vec!["-o", "json", "tokens", "create"];
    all.extend_from_slice(args);
    let v = env.ok(&all).json();
    (
        v["id"].as_str().unwrap().to_string(),
        v["token"].as_str().unwrap().to_string(),
    )
}

fn check_as(env: &Env, secret: &str, args: &[&str]) -> (i32, Decision) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    let r = as_token(env, secret, &all);
    assert!(r.code == 0 || r.code == 1, "{args:?}: {}", r.stderr);
    (r.code, serde_json::from_str(&r.stdout).unwrap())
}

fn verify(env: &Env, secret: &str) -> (i32, serde_json::Value) {
    let r = as_token(env, secret, &["tokens", "verify"]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    (r.code, r.json())
}

/// Everything a refused command could have changed, read through the store's interface
/// (tokens' last use aside, which every use updates).
fn state(env: &Env) -> String {
    use flowsec::store::grants::Principal;
    use flowsec::store::users::ListFilter;
    let store = env.store();
    let r = store.read();
    let mut dump = String::new();
    for user in r.list_users(&ListFilter::default()).unwrap() {
        let hash = r.password_hash(user.id).unwrap();
        let grants = r.grants_of(Principal::User(user.id)).unwrap();
        let roles: Vec<String> = r
            .roles_of_user(user.id)
            .unwrap()
            .into_iter()
            .map(|role| role.name)
            .collect();
        dump.push_str(&format!("{user:?} {hash:?} {grants:?} {roles:?}\n"));
    }
    for role in r.list_roles().unwrap() {
        let grants = r.grants_of(Principal::Role(role.id)).unwrap();
        dump.push_str(&format!("{role:?} {grants:?}\n"));
    }
    for item in r.list_items(None, None).unwrap() {
        dump.push_str(&format!("{item:?}\n"));
    }
    for token in r.list_tokens(None, 0).unwrap() {
        let token = flowsec::store::tokens::Token {
            last_used: None,
            ..token
        };
        dump.push_str(&format!("{token:?}\n"));
    }
    let mut settings: Vec<_> = r.all_settings().unwrap().into_iter().collect();
    settings.sort();
    dump.push_str(&format!("{settings:?}\n"));
    for secret in r.all_secrets().unwrap() {
        dump.push_str(&format!(
            "{} {:?} {:?}\n",
            secret.id, secret.name, secret.sealed
        ));
    }
    for directory in r.list_directories().unwrap() {
        let mappings = r.mappings(directory.id).unwrap();
        dump.push_str(&format!("{directory:?} {mappings:?}\n"));
    }
    // Refusals are recorded (issue 15); nothing else may change.
    let changes = r
        .audit_records(&flowsec::store::audit::Filter::default())
        .unwrap()
        .into_iter()
        .filter(|record| record.outcome != "refused")
        .count();
    dump.push_str(&format!("{changes} changes\n"));
    dump
}

/// A token of `user` that expired long ago, made through the library: the command line
/// makes none already expired.
fn expired_token(env: &Env, user: &str) -> (String, String) {
    use flowsec::model::Name;
    use flowsec::store::tokens::NewToken;
    let issued = flowsec::tokens::secret::issue().unwrap();
    let now = flowsec::store::now();
    env.store()
        .write(&flowsec::identity::Actor::local(), |tx| {
            let user = flowsec::store::users::get(tx, &Name::parse("user", user)?)?;
            let token = NewToken {
                id: &issued.id,
                secret_hash: &issued.hash,
                user: user.id,
                name: &Name::parse("token", "expired")?,
                description: "",
                created_at: now,
                expires_at: 1_000,
                scopes: None,
            };
            flowsec::store::tokens::insert(tx, &token, &user.name)
        })
        .unwrap();
    (issued.id.clone(), issued.token.to_string())
}

#[test]
fn a_token_is_shown_once_and_verified_in_every_state() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    let (id, secret) = token(&env, &["ci", "--user", "alice", "--description", "nightly"]);
    assert!(secret.starts_with("fsec_"), "{secret}");

    // The secret is never shown again, and never stored.
    let listed = env.ok(&["-o", "json", "tokens", "list", "--user", "alice"]);
    assert!(!listed.stdout.contains(&secret));
    assert_eq!(listed.json()[0]["status"], "active");
    assert!(!env.ok(&["tokens", "show", &id]).stdout.contains(&secret));

    let (code, v) = verify(&env, &secret);
    assert_eq!((code, v["user"].as_str()), (0, Some("alice")));
    // Verifying is a use.
    assert!(env.ok(&["-o", "json", "tokens", "show", &id]).json()["last_used"].is_string());

    env.ok(&["tokens", "disable", &id]);
    let (code, v) = verify(&env, &secret);
    assert_eq!((code, v["status"].as_str()), (1, Some("disabled")));
    env.ok(&["tokens", "enable", &id]);
    assert_eq!(verify(&env, &secret).0, 0);

    env.ok(&["users", "update", "alice", "--disable"]);
    let (code, v) = verify(&env, &secret);
    assert_eq!(code, 1);
    assert_eq!(v["reason"], "the user is disabled");
    env.ok(&["users", "update", "alice", "--enable"]);

    let (expired_id, expired) = expired_token(&env, "alice");
    let (code, v) = verify(&env, &expired);
    assert_eq!((code, v["status"].as_str()), (1, Some("expired")));
    let listed = env
        .ok(&["-o", "json", "tokens", "list", "--user", "alice"])
        .json();
    let listed = listed.as_array().unwrap();
    assert!(
        listed
            .iter()
            .any(|t| t["id"] == expired_id.as_str() && t["status"] == "expired"),
        "expired tokens stay listed: {listed:?}"
    );

    env.ok(&["tokens", "revoke", &id]);
    let (code, v) = verify(&env, &secret);
    assert_eq!((code, v["status"].as_str()), (1, Some("revoked")));
    let r = env.run(&["-o", "json", "tokens", "enable", &id]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "conflict"));
    // The name is free again once the token is revoked.
    token(&env, &["ci", "--user", "alice"]);

    // A mistyped token is refused by its checksum; an unknown one by the store.
    let typo = format!(
        "{}{}",
        &secret[..secret.len() - 1],
        if secret.ends_with('z') { 'y' } else { 'z' }
    );
    let (code, v) = verify(&env, &typo);
    assert_eq!(code, 1);
    assert!(
        v["reason"]
            .as_str()
            .unwrap()
            .contains("not a valid flowsec token"),
        "{v}"
    );
    let other = Env::new();
    let (_, foreign) = token(&other, &["x", "--user", "admin"]);
    assert_eq!(verify(&env, &foreign).0, 1);
    // Acting with a bad token is an error, not a silent local administrator.
    let r = as_token(&env, &typo, &["users", "list"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "auth"));
}

#[test]
fn token_names_expiry_and_scopes_are_validated() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    token(&env, &["ci", "--user", "alice"]);
    for (args, kind) in [
        (vec!["ci", "--user", "alice"], "conflict"),
        (vec!["bad name", "--user", "alice"], "invalid_input"),
        (
            vec!["x", "--user", "alice", "--expires", "2001-01-01T00:00:00Z"],
            "invalid_input",
        ),
        (
            vec!["x", "--user", "alice", "--expires", "soon"],
            "invalid_input",
        ),
        (
            vec!["x", "--user", "alice", "--permission", "nope:run"],
            "invalid_input",
        ),
        (vec!["x", "--user", "nobody"], "not_found"),
        (vec!["x"], "usage"),
    ] {
        let mut all = vec!["-o", "json", "tokens", "create"];
        all.extend_from_slice(&args);
        let r = env.run(&all);
        assert_eq!((r.code, r.error_kind()), (2, kind.to_string()), "{args:?}");
    }
    // A scope the user does not hold is named.
    let r = env.run(&[
        "tokens",
        "create",
        "x",
        "--user",
        "alice",
        "--permission",
        "security:manage",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`security:manage`"), "{}", r.stderr);
    let v = env
        .ok(&[
            "-o",
            "json",
            "tokens",
            "create",
            "y",
            "--user",
            "alice",
            "--expires",
            "12h",
        ])
        .json();
    assert_eq!(v["scopes"], serde_json::Value::Null);
}

#[test]
fn a_token_holds_its_scopes_intersected_with_its_users_permissions_now() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    env.ok(&["items", "create", "services/Data Download"]);
    env.ok(&[
        "perms",
        "grant",
        "--user",
        "alice",
        "services/Data Download:full-access",
    ]);
    let (_, all) = token(&env, &["all", "--user", "alice"]);
    let (id, narrow) = token(
        &env,
        &[
            "narrow",
            "--user",
            "alice",
            "--permission",
            "services/Data Download:full-access",
        ],
    );

    let (code, d) = check_as(
        &env,
        &all,
        &["jobs:access", "services/Data Download:full-access"],
    );
    assert_eq!(code, 0);
    assert_eq!(d.subject.user, "alice");
    assert!(d.subject.token.is_some());
    let (code, d) = check_as(&env, &narrow, &["services/Data Download:full-access"]);
    assert_eq!(code, 0);
    assert_eq!(d.subject.token.as_deref(), Some(id.as_str()));
    let (code, d) = check_as(&env, &narrow, &["jobs:access"]);
    assert_eq!(code, 1);
    assert_eq!(d.kinds(0), ["outside_token_scope"]);

    // The user loses the permission: so does the token.
    env.ok(&[
        "perms",
        "revoke",
        "--user",
        "alice",
        "services/Data Download:full-access",
    ]);
    let (code, d) = check_as(&env, &narrow, &["services/Data Download:full-access"]);
    assert_eq!((code, d.kinds(0)), (1, vec!["no_grant".to_string()]));
    // The user is disabled: no token of it has any power.
    env.ok(&["users", "update", "alice", "--disable"]);
    let (code, d) = check_as(&env, &all, &["jobs:access"]);
    assert_eq!(
        (code, d.subject.rejected.as_deref()),
        (1, Some("disabled_user"))
    );
    // The user is removed: its tokens go with it.
    env.ok(&["users", "remove", "alice"]);
    assert_eq!(verify(&env, &all).0, 1);
}

#[test]
fn expired_and_revoked_tokens_are_denied_by_check_and_refused_by_commands() {
    let env = Env::new();
    let (_, secret) = token(&env, &["root", "--user", "admin"]);
    let (_, expired) = expired_token(&env, "admin");
    let (code, d) = check_as(&env, &expired, &["jobs:access"]);
    assert_eq!(
        (code, d.subject.rejected.as_deref()),
        (1, Some("expired_token"))
    );
    let r = as_token(
        &env,
        &expired,
        &["users", "create", "carol", "--no-password"],
    );
    forbidden(&r);
    assert!(r.stderr.contains("expired"), "{}", r.stderr);
    assert_eq!(check_as(&env, &secret, &["jobs:access"]).0, 0);
    env.ok(&["tokens", "revoke", "--user", "admin", "--all"]);
    let (code, d) = check_as(&env, &secret, &["jobs:access"]);
    assert_eq!(
        (code, d.subject.rejected.as_deref()),
        (1, Some("revoked_token"))
    );
}

/// Every command that changes something, run by a user with no permissions at all.
#[test]
fn every_mutating_command_refuses_an_unprivileged_token() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["items", "create", "repositories/Samples"]);
    let (admin_token, _) = token(&env, &["admin-ci", "--user", "admin"]);
    let (_, bob) = token(&env, &["bob-ci", "--user", "bob"]);
    env.set_secret("repositories/Samples", "password", "hunter22-secret");
    let manifest = env.path("m.toml");
    std::fs::write(&manifest, "[users.bob]\nroles = [\"fmesuperuser\"]\n").unwrap();
    let manifest = manifest.to_str().unwrap();
    let before = (state(&env), std::fs::read(env.key_file()).unwrap());
    let commands: &[&[&str]] = &[
        &["init", "--admin-password-stdin"],
        &["users", "create", "carol", "--no-password"],
        &["users", "update", "bob", "--add-role", "fmeadmin"],
        &["users", "update", "user", "--enable"],
        &["users", "passwd", "admin", "--password-stdin"],
        &["users", "remove", "author"],
        &["roles", "create", "r1"],
        &["roles", "create", "r2", "--from", "fmeuser"],
        &["roles", "remove", "fmeuser"],
        &["roles", "add-member", "fmeadmin", "bob"],
        &["roles", "remove-member", "fmesuperuser", "admin"],
        &["roles", "load-template", "fmeuser", "--from", "fmeadmin"],
        &["perms", "grant", "--user", "bob", "jobs:access"],
        &["perms", "revoke", "--role", "fmeuser", "jobs:access"],
        &[
            "perms",
            "grant",
            "--user",
            "bob",
            "repositories/Samples:run",
        ],
        &["items", "create", "repositories/New"],
        &["items", "create", "repositories/New", "--owner", "admin"],
        &["items", "chown", "repositories/Samples", "bob"],
        &[
            "items",
            "share",
            "repositories/Samples",
            "--user",
            "bob",
            "run",
        ],
        &[
            "items",
            "unshare",
            "repositories/Samples",
            "--user",
            "bob",
            "run",
        ],
        &["items", "remove", "repositories/Samples"],
        &["tokens", "create", "x", "--user", "admin"],
        &["tokens", "revoke", &admin_token],
        &["tokens", "revoke", "--user", "admin", "--all"],
        &["tokens", "disable", &admin_token],
        &["tokens", "enable", &admin_token],
        &["users", "unlock", "admin"],
        &["users", "update", "admin", "--must-change-password"],
        &["settings", "set", "password.min-length", "4"],
        &["settings", "unset", "password.min-length"],
        &["settings", "set", "email.smtp-password", "--value-stdin"],
        &[
            "secrets",
            "set",
            "repositories/Samples",
            "password",
            "--value-stdin",
        ],
        &["secrets", "remove", "repositories/Samples", "password"],
        &["encrypt", "rotate"],
        &["apply", manifest],
        &["apply", manifest, "--prune"],
        &[
            "directory",
            "add",
            "corp",
            "--url",
            "ldap://127.0.0.1:1",
            "--bind-dn",
            "cn=x",
            "--user-base",
            "dc=x",
            "--bind-password-stdin",
        ],
        &["directory", "remove", "corp"],
        &["directory", "import", "corp", "--groups"],
        &["directory", "map", "corp", "engineers", "fmeuser"],
        &["directory", "unmap", "corp", "engineers"],
        &["directory", "sync", "corp"],
    ];
    for args in commands {
        let r = as_token(&env, &bob, args);
        forbidden(&r);
        let who = if args[0] == "init" {
            "local administrator"
        } else {
            "`bob` may not do this"
        };
        assert!(r.stderr.contains(who), "{args:?}: {}", r.stderr);
        let after = (state(&env), std::fs::read(env.key_file()).unwrap());
        assert!(after == before, "{args:?} changed the store or its key");
    }
    // Reading others' security data is refused too; one's own is not.
    for args in [
        &["users", "list"][..],
        &["users", "show", "admin"],
        &["roles", "show", "fmeadmin"],
        &["perms", "who", "security:manage"],
        &["perms", "list", "--role", "fmeuser"],
        &["audit", "list"],
        &["check", "--user", "admin", "jobs:access"],
        &["tokens", "list", "--user", "admin"],
        &["tokens", "show", &admin_token],
        &["secrets", "get", "repositories/Samples", "password"],
        &["secrets", "list"],
        &["secrets", "list", "repositories"],
        &["secrets", "list", "repositories/Samples"],
        &["encrypt", "status"],
        &["encrypt", "verify"],
        &["export"],
        &["test", manifest],
    ] {
        forbidden(&as_token(&env, &bob, args));
    }
    for args in [
        &["users", "show", "bob"][..],
        &["perms", "list", "--user", "bob", "--effective"],
        &["perms", "catalogue", "jobs"],
        &["tokens", "list"],
        &["items", "list"],
        &["settings", "show"],
        &["check", "--user", "bob", "jobs:access"],
    ] {
        let r = as_token(&env, &bob, args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {}", r.stderr);
    }
}

#[test]
fn a_privileged_token_acts_as_its_user_and_the_audit_trail_says_so() {
    let env = Env::new();
    let (id, admin) = token(&env, &["root", "--user", "admin"]);
    let r = as_token(&env, &admin, &["users", "create", "carol", "--no-password"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let trail = env.ok(&["-o", "json", "audit", "list"]).json();
    let last = trail.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "user.create");
    assert_eq!(last["actor"], "admin");
    assert_eq!(last["auth"], format!("token {id}"));

    // `--token` reads the token from stdin instead.
    let r = run_command(
        env.command()
            .args(["-o", "json", "users", "show", "carol", "--token"]),
        format!("{admin}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn an_acting_user_owns_what_it_creates_and_shares_by_002s_rule() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeauthor",
        "--no-password",
    ]);
    env.ok(&["users", "update", "author", "--enable"]);
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["items", "create", "repositories/Theirs"]);
    let (_, alice) = token(&env, &["a", "--user", "alice"]);

    let r = as_token(&env, &alice, &["items", "create", "repositories/Mine"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["owner"], "alice");
    // Without the category's create permission, no item.
    let r = as_token(&env, &alice, &["items", "create", "nope/Nope"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
    // services has no `create`: making one needs `services:manage`.
    let r = as_token(&env, &alice, &["items", "create", "services/S"]);
    forbidden(&r);
    assert!(r.stderr.contains("`services:manage`"), "{}", r.stderr);

    let r = as_token(
        &env,
        &alice,
        &[
            "items",
            "share",
            "repositories/Mine",
            "--user",
            "bob",
            "run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        env.check(&["--user", "bob", "repositories/Mine:run"])
            .allowed
    );
    // Not the owner, and no security:manage.
    forbidden(&as_token(
        &env,
        &alice,
        &[
            "items",
            "share",
            "repositories/Theirs",
            "--user",
            "bob",
            "run",
        ],
    ));
    forbidden(&as_token(
        &env,
        &alice,
        &["items", "chown", "repositories/Theirs", "alice"],
    ));
    // Sharing turned off for the account: not even one's own.
    env.ok(&["users", "update", "alice", "--sharing", "off"]);
    let r = as_token(
        &env,
        &alice,
        &[
            "items",
            "unshare",
            "repositories/Mine",
            "--user",
            "bob",
            "run",
        ],
    );
    forbidden(&r);
    assert!(r.stderr.contains("sharing is turned off"), "{}", r.stderr);
    forbidden(&as_token(
        &env,
        &alice,
        &["items", "chown", "repositories/Mine", "bob"],
    ));
    env.ok(&["users", "update", "alice", "--sharing", "on"]);
    let r = as_token(
        &env,
        &alice,
        &["items", "chown", "repositories/Mine", "bob"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn no_one_hands_out_more_than_they_hold() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "ada",
        "--role",
        "fmeadmin",
        "--no-password",
    ]);
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["roles", "create", "keyholders"]);
    env.ok(&["perms", "grant", "--role", "keyholders", "security:manage"]);
    let (_, ada) = token(&env, &["a", "--user", "ada"]);
    // ada manages users, and may give what she holds…
    let r = as_token(
        &env,
        &ada,
        &["perms", "grant", "--user", "bob", "jobs:manage"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = as_token(&env, &ada, &["roles", "add-member", "fmeuser", "bob"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // …but not what she does not hold, directly or through a role.
    forbidden(&as_token(
        &env,
        &ada,
        &["perms", "grant", "--user", "ada", "security:manage"],
    ));
    forbidden(&as_token(
        &env,
        &ada,
        &["roles", "add-member", "keyholders", "ada"],
    ));
    forbidden(&as_token(
        &env,
        &ada,
        &["roles", "add-member", "fmesuperuser", "ada"],
    ));
    forbidden(&as_token(
        &env,
        &ada,
        &["roles", "create", "mine", "--superuser"],
    ));
    forbidden(&as_token(
        &env,
        &ada,
        &["users", "update", "ada", "--add-role", "fmesuperuser"],
    ));
    // A restricted token cannot mint itself a wider one.
    let (_, narrow) = token(&env, &["n", "--user", "ada", "--permission", "jobs:access"]);
    forbidden(&as_token(&env, &narrow, &["tokens", "create", "wide"]));
    let r = as_token(
        &env,
        &narrow,
        &["tokens", "create", "same", "--permission", "jobs:access"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn check_asks_about_the_acting_identity_and_batches_keep_to_it() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    let (_, alice) = token(&env, &["a", "--user", "alice"]);
    let (code, d) = check_as(&env, &alice, &["jobs:access"]);
    assert_eq!((code, d.subject.user.as_str()), (0, "alice"));
    // Without a token there is no "me".
    let r = env.run(&["-o", "json", "check", "jobs:access"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "usage"));

    let lines = "{\"user\":\"alice\",\"permissions\":[\"jobs:access\"]}\n\
                 {\"user\":\"admin\",\"permissions\":[\"jobs:access\"]}\n\
                 {\"anonymous\":true,\"permissions\":[\"jobs:access\"]}\n";
    let r = run_command(
        env.command()
            .env("FLOWSEC_TOKEN", &alice)
            .args(["check", "--batch"]),
        lines,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let answers = r.json_lines();
    assert_eq!(answers[0]["allowed"], true);
    assert_eq!(answers[1]["error"]["kind"], "forbidden");
    assert_eq!(answers[2]["allowed"], false);
}

#[test]
fn no_token_secret_is_stored() {
    let env = Env::new();
    let secrets: Vec<String> = (0..5)
        .map(|i| token(&env, &[&format!("t{i}"), "--user", "admin"]).1)
        .collect();
    for secret in &secrets {
        assert_eq!(verify(&env, secret).0, 0);
    }
    for (path, bytes) in env.store_files() {
        for secret in &secrets {
            // The whole token, and its secret part alone.
            for needle in [secret.as_str(), secret.rsplit('_').next().unwrap()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{} holds a token secret",
                    path.display()
                );
            }
        }
    }
    // The scan can find what is there: the public id is stored.
    let id = &secrets[0][5..21];
    let found = |b: &[u8]| b.windows(id.len()).any(|w| w == id.as_bytes());
    assert!(env.store_files().iter().any(|(_, bytes)| found(bytes)));
}

#[test]
fn reading_a_secret_needs_an_action_on_its_item() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeauthor",
        "--no-password",
    ]);
    env.ok(&["users", "create", "bob", "--no-password"]);
    env.ok(&["items", "create", "connections/Warehouse"]);
    env.set_secret("connections/Warehouse", "password", "warehouse-pw-1");
    let (_, alice) = token(&env, &["a", "--user", "alice"]);
    let (_, bob) = token(&env, &["b", "--user", "bob"]);
    let get = ["secrets", "get", "connections/Warehouse", "password"];
    forbidden(&as_token(&env, &bob, &get));
    env.ok(&[
        "perms",
        "grant",
        "--user",
        "bob",
        "connections/Warehouse:access",
    ]);
    let r = as_token(&env, &bob, &get);
    assert_eq!(
        (r.code, r.json()["value"].as_str()),
        (0, Some("warehouse-pw-1")),
        "{}",
        r.stderr
    );
    // alice owns what she creates, and so may keep and read its secrets.
    let r = as_token(&env, &alice, &["items", "create", "connections/Mine"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let set = run_command(
        env.command().env("FLOWSEC_TOKEN", &alice).args([
            "secrets",
            "set",
            "connections/Mine",
            "password",
            "--value-stdin",
        ]),
        "mine-pw-2\n",
    );
    assert_eq!(set.code, 0, "{}", set.stderr);
    let r = as_token(
        &env,
        &alice,
        &["secrets", "get", "connections/Mine", "password"],
    );
    assert_eq!(r.json()["value"], "mine-pw-2");
    forbidden(&as_token(&env, &alice, &get));
}

/// Regression: `user-management:manage` let its holder take over stronger accounts.
#[test]
fn managing_users_gives_no_power_over_stronger_accounts() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "ada",
        "--role",
        "fmeadmin",
        "--no-password",
    ]);
    env.ok(&[
        "users",
        "create",
        "bob",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    env.ok(&["users", "create", "carol", "--no-password"]);
    env.ok(&["items", "create", "repositories/Carols", "--owner", "carol"]);
    let (_, ada) = token(&env, &["a", "--user", "ada"]);
    let before = state(&env);
    for args in [
        &["tokens", "create", "pwn", "--user", "admin"][..],
        &["users", "passwd", "admin", "--password-stdin"],
        &["users", "update", "admin", "--email", "ada@example.com"],
        &["users", "update", "admin", "--must-change-password"],
        &["users", "unlock", "admin"],
        &["users", "remove", "admin"],
        // carol owns an item ada holds nothing on.
        &["users", "update", "carol", "--email", "ada@example.com"],
        // Inheriting items is taking ownership.
        &["users", "remove", "bob", "--transfer-to", "ada"],
    ] {
        let r = as_token(&env, &ada, args);
        forbidden(&r);
    }
    assert_eq!(state(&env), before);
    // bob holds nothing ada lacks: ada may manage him.
    let r = as_token(
        &env,
        &ada,
        &["users", "update", "bob", "--email", "bob@example.com"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = as_token(
        &env,
        &ada,
        &["tokens", "create", "for-bob", "--user", "bob"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// Regression: acting users could pass `--allow-no-superuser`, which model.md keeps for
/// the local administrator.
#[test]
fn only_the_local_administrator_may_leave_no_superuser() {
    let env = Env::new();
    let (_, admin) = token(&env, &["root", "--user", "admin"]);
    for args in [
        &[
            "users",
            "update",
            "admin",
            "--disable",
            "--allow-no-superuser",
        ][..],
        &[
            "roles",
            "remove-member",
            "fmesuperuser",
            "admin",
            "--allow-no-superuser",
        ],
        &["directory", "sync", "corp", "--allow-no-superuser"],
    ] {
        forbidden(&as_token(&env, &admin, args));
    }
    assert!(env.check(&["--user", "admin", "security:manage"]).allowed);
}

/// Regression: a token scoped to one action on an owned item carried all of the owner's
/// power over it.
#[test]
fn a_token_scoped_to_one_action_has_no_owner_power() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeauthor",
        "--no-password",
    ]);
    env.ok(&["users", "create", "mallory", "--no-password"]);
    env.ok(&["items", "create", "repositories/Mine", "--owner", "alice"]);
    let (_, run_only) = token(
        &env,
        &[
            "ci",
            "--user",
            "alice",
            "--permission",
            "repositories/Mine:run",
        ],
    );
    for args in [
        &["items", "remove", "repositories/Mine"][..],
        &["items", "chown", "repositories/Mine", "mallory"],
        &[
            "items",
            "share",
            "repositories/Mine",
            "--user",
            "mallory",
            "remove",
        ],
        &[
            "perms",
            "grant",
            "--user",
            "mallory",
            "repositories/Mine:remove",
        ],
    ] {
        forbidden(&as_token(&env, &run_only, args));
    }
    let (code, _) = check_as(&env, &run_only, &["repositories/Mine:run"]);
    assert_eq!(code, 0);
}

/// Regression: a token made through a token could outlive it, and a narrow token could
/// re-enable a broad one.
#[test]
fn tokens_made_through_tokens_stay_within_them() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeuser",
        "--no-password",
    ]);
    let (_, parent) = token(
        &env,
        &[
            "parent",
            "--user",
            "alice",
            "--expires",
            "1h",
            "--permission",
            "jobs:access",
        ],
    );
    let r = as_token(
        &env,
        &parent,
        &[
            "tokens",
            "create",
            "child",
            "--expires",
            "2099-01-01T00:00:00Z",
            "--permission",
            "jobs:access",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let child = r.json();
    let parent_row = env
        .ok(&["-o", "json", "tokens", "list", "--user", "alice"])
        .json();
    let parent_expiry = parent_row
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "parent")
        .unwrap()["expires"]
        .clone();
    assert_eq!(child["expires"], parent_expiry);

    let (broad_id, _) = token(&env, &["broad", "--user", "alice"]);
    let (_, unrestricted) = token(&env, &["all", "--user", "alice"]);
    let r = as_token(&env, &unrestricted, &["tokens", "disable", &broad_id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    forbidden(&as_token(&env, &parent, &["tokens", "enable", &broad_id]));
    // Without a restriction, a token one disabled oneself may be enabled again.
    let r = as_token(&env, &unrestricted, &["tokens", "enable", &broad_id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// Regression: naming oneself with --user escaped the token's scopes.
#[test]
fn checking_oneself_by_name_is_still_through_the_token() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--role",
        "fmeadmin",
        "--no-password",
    ]);
    let (_, narrow) = token(
        &env,
        &["n", "--user", "alice", "--permission", "jobs:access"],
    );
    let (code, d) = check_as(&env, &narrow, &["--user", "ALICE", "jobs:manage"]);
    assert_eq!(
        (code, d.kinds(0)),
        (1, vec!["outside_token_scope".to_string()])
    );
    let r = run_command(
        env.command()
            .env("FLOWSEC_TOKEN", &narrow)
            .args(["check", "--batch"]),
        "{\"user\":\"alice\",\"permissions\":[\"jobs:manage\"]}\n",
    );
    assert!(r.stdout.contains("outside_token_scope"), "{}", r.stdout);
}

/// Regression: a refused command still recorded the token's use.
#[test]
fn a_refused_or_rejected_use_changes_nothing() {
    let env = Env::new();
    env.ok(&["users", "create", "bob", "--no-password"]);
    let (id, bob) = token(&env, &["b", "--user", "bob"]);
    forbidden(&as_token(&env, &bob, &["users", "list"]));
    let shown = env.ok(&["-o", "json", "tokens", "show", &id]).json();
    assert!(shown["last_used"].is_null(), "{shown}");
    env.ok(&["tokens", "revoke", &id]);
    let (code, _) = check_as(&env, &bob, &["jobs:access"]);
    assert_eq!(code, 1);
    let shown = env.ok(&["-o", "json", "tokens", "show", &id]).json();
    assert!(shown["last_used"].is_null(), "{shown}");
    // An allowed use is recorded.
    let (_, other) = token(&env, &["c", "--user", "bob"]);
    assert_eq!(check_as(&env, &other, &["jobs:access"]).0, 1);
    let listed = env
        .ok(&["-o", "json", "tokens", "list", "--user", "bob"])
        .json();
    let used = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "c")
        .unwrap();
    assert!(used["last_used"].is_string(), "{used}");
}

#[test]
fn tokens_verify_reads_the_token_from_stdin() {
    let env = Env::new();
    let (_, secret) = token(&env, &["t", "--user", "admin"]);
    let r = env.run_stdin(&["-o", "json", "tokens", "verify"], &format!("{secret}\n"));
    assert_eq!(
        (r.code, r.json()["user"].as_str()),
        (0, Some("admin")),
        "{}",
        r.stderr
    );
    // Verifying against a store that does not exist creates none.
    let empty = Env::empty();
    let r = run_command(
        empty
            .command()
            .env("FLOWSEC_TOKEN", &secret)
            .args(["tokens", "verify"]),
        "",
    );
    assert_eq!(r.code, 2);
    assert!(!empty.db.exists());
}

/// A manifest can change anything: applying one takes a superuser role, while exporting
/// and testing take what reading everyone's permissions does.
#[test]
fn apply_needs_a_superuser_and_export_and_test_user_management() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "ada",
        "--no-password",
        "--role",
        "fmeadmin",
    ]);
    let (_, ada) = token(&env, &["ada-ci", "--user", "ada"]);
    let (_, admin) = token(&env, &["admin-ci", "--user", "admin"]);
    let manifest = env.path("m.toml");
    std::fs::write(
        &manifest,
        "[users.ada]\nroles = [\"fmeadmin\", \"fmesuperuser\"]\n\n[[assert]]\nuser = \"ada\"\nallow = [\"jobs:access\"]\n",
    )
    .unwrap();
    let manifest = manifest.to_str().unwrap();
    let r = as_token(&env, &ada, &["apply", manifest]);
    forbidden(&r);
    assert!(r.stderr.contains("superuser role"), "{}", r.stderr);
    assert_eq!(as_token(&env, &ada, &["export"]).code, 0);
    assert_eq!(as_token(&env, &ada, &["test", manifest]).code, 0);
    let r = as_token(&env, &admin, &["apply", manifest]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let audit = env
        .ok(&["-o", "json", "audit", "list", "--limit", "1"])
        .json();
    assert_eq!(audit[0]["action"], "manifest.apply");
    assert_eq!(audit[0]["actor"], "admin");
}
