//! Issue 5: authentication. Rules that need time to pass (lockout, expiry, idle
//! sessions, code lifetimes) call the library with a chosen `now`; everything else
//! drives the binary. Recovery runs against a real SMTP server on 127.0.0.1.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/mail.rs"]
mod mail;
mod support;

use std::os::unix::fs::PermissionsExt;
use std::time::Instant;

use flowsec::auth::{self, Outcome, Refusal, recovery, session};
use flowsec::identity::Actor;
use flowsec::model::Name;
use flowsec::store::{Store, now, users};
use mail::MailServer;
use support::Env;

const ALICE: &str = "Wonderland-Key-7";
const MINUTE: i64 = 60;
const DAY: i64 = 86_400;

fn refusal<T>(outcome: Outcome<T>) -> Option<Refusal> {
    match outcome {
        Outcome::Accepted(_) => None,
        Outcome::Refused(r) => Some(r),
    }
}

/// Local users' passwords need no key file: none is read.
const NO_KEY_FILE: &str = "/nonexistent/flowsec.key";

fn verify(store: &mut Store, name: &str, password: &str, at: i64) -> Option<Refusal> {
    let key_file = std::path::Path::new(NO_KEY_FILE);
    refusal(auth::verify(store, &Actor::local(), key_file, name, password, at).unwrap())
}

fn with_alice() -> Env {
    let env = Env::new();
    env.user("alice", ALICE);
    env
}

#[test]
fn verify_answers_0_or_1_and_unknown_users_get_the_wrong_password_answer() {
    let env = with_alice();
    let run = |name: &str, pw: &str| {
        env.run_stdin(
            &["-o", "json", "auth", "verify", name, "--password-stdin"],
            &format!("{pw}\n"),
        )
    };
    let right = run("alice", ALICE);
    assert_eq!(right.code, 0, "{}", right.stderr);
    assert_eq!(right.json()["verified"], true);

    let wrong = run("alice", "not-her-password");
    let unknown = run("mallory", ALICE);
    let disabled = run("author", ALICE);
    let malformed = run("no/such:user", ALICE);
    for r in [&wrong, &unknown, &disabled, &malformed] {
        assert_eq!(r.code, 1, "{}", r.stderr);
        let mut answer = r.json();
        answer["user"] = "-".into();
        assert_eq!(
            answer,
            serde_json::json!({"user": "-", "verified": false, "reason": "bad_credentials"})
        );
    }
    let table = env.run_stdin(&["auth", "verify", "nobody", "--password-stdin"], "x\n");
    assert_eq!(table.stdout, "refused: wrong user name or password\n");

    let actions = env.audit_actions();
    assert!(actions.contains(&("auth.verify".into(), "alice".into())));
    assert!(actions.contains(&("auth.failure".into(), "alice".into())));
    assert!(actions.contains(&("auth.failure".into(), "?".into())));
    let trail = env.ok(&["-o", "json", "audit", "list"]).stdout;
    assert!(!trail.contains(ALICE) && !trail.contains("not-her-password"));
}

#[test]
fn unknown_users_take_as_long_to_refuse_as_wrong_passwords() {
    let env = with_alice();
    let mut store = env.store();
    // The fastest of several interleaved rounds, so a busy machine slowing one kind of
    // attempt for a while cannot decide the comparison.
    let names = ["alice", "mallory", "author"];
    let mut fastest = [std::time::Duration::MAX; 3];
    for _ in 0..7 {
        for (slot, name) in names.iter().enumerate() {
            let started = Instant::now();
            assert_eq!(
                verify(&mut store, name, "wrong-password", now()),
                Some(Refusal::BadCredentials)
            );
            fastest[slot] = fastest[slot].min(started.elapsed());
        }
    }
    let [wrong, unknown, disabled] = fastest;
    // Without the dummy verification an unknown user is refused in well under a
    // millisecond, against tens of milliseconds for argon2.
    for (who, took) in [("unknown", unknown), ("disabled", disabled)] {
        assert!(
            took * 2 >= wrong,
            "{who}: {took:?} against {wrong:?} for a wrong password"
        );
    }
}

#[test]
fn consecutive_failures_lock_the_account_until_the_lockout_ends() {
    let env = with_alice();
    let mut store = env.store();
    let t0 = now();
    for _ in 0..4 {
        assert!(verify(&mut store, "alice", "wrong", t0).is_some());
    }
    assert_eq!(
        verify(&mut store, "alice", ALICE, t0),
        None,
        "success resets"
    );
    for _ in 0..4 {
        verify(&mut store, "alice", "wrong", t0);
    }
    assert_eq!(
        verify(&mut store, "alice", ALICE, t0),
        None,
        "not locked at 4"
    );
    for _ in 0..5 {
        verify(&mut store, "alice", "wrong", t0);
    }
    // Locked: even the right password gets the wrong-password answer.
    assert_eq!(
        verify(&mut store, "alice", ALICE, t0),
        Some(Refusal::BadCredentials)
    );
    let until = t0 + 15 * MINUTE;
    assert!(verify(&mut store, "alice", ALICE, until - 1).is_some());
    assert_eq!(verify(&mut store, "alice", ALICE, until), None);

    env.ok(&["settings", "set", "login.max-failures", "0"]);
    for _ in 0..12 {
        verify(&mut store, "alice", "wrong", until);
    }
    assert_eq!(verify(&mut store, "alice", ALICE, until), None, "0: never");
}

#[test]
fn users_unlock_ends_a_lockout() {
    let env = with_alice();
    env.ok(&["settings", "set", "login.max-failures", "3"]);
    let verify = |pw: &str| {
        env.run_stdin(
            &["auth", "verify", "alice", "--password-stdin"],
            &format!("{pw}\n"),
        )
        .code
    };
    for _ in 0..3 {
        assert_eq!(verify("wrong"), 1);
    }
    assert_eq!(verify(ALICE), 1, "locked");
    let shown = env.ok(&["-o", "json", "users", "show", "alice"]).json();
    assert!(shown["locked_until"].is_string(), "{shown}");
    let unlocked = env.ok(&["-o", "json", "users", "unlock", "alice"]).json();
    assert_eq!(unlocked["was_locked"], true);
    assert_eq!(verify(ALICE), 0);
    let shown = env.ok(&["-o", "json", "users", "show", "alice"]).json();
    assert!(shown["locked_until"].is_null());
    let actions = env.audit_actions();
    assert!(actions.contains(&("auth.lockout".into(), "alice".into())));
    assert!(actions.contains(&("user.unlock".into(), "alice".into())));
    let r = env.run(&["-o", "json", "users", "unlock", "nobody"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));
}

#[test]
fn must_change_password_blocks_verify_and_login_until_auth_passwd() {
    let env = with_alice();
    env.ok(&["users", "update", "alice", "--must-change-password"]);
    let r = env.run_stdin(
        &["-o", "json", "auth", "verify", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["reason"], "must_change_password");
    let r = env.run_stdin(
        &["-o", "json", "auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!((r.code, r.error_kind().as_str()), (1, "auth"));
    assert!(
        r.stderr.contains("flowsec auth passwd alice"),
        "{}",
        r.stderr
    );
    assert!(!env.session_file().exists());

    let passwd = |current: &str, new: &str| {
        env.run_stdin(
            &["-o", "json", "auth", "passwd", "alice", "--password-stdin"],
            &format!("{current}\n{new}\n"),
        )
    };
    let r = passwd("wrong", "Another-Passw0rd");
    assert_eq!((r.code, r.error_kind().as_str()), (1, "auth"));
    let r = passwd(ALICE, "alice123456");
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
    assert!(r.stderr.contains("user name"), "{}", r.stderr);
    let r = passwd(ALICE, ALICE);
    assert_eq!(r.code, 2, "the same password again");
    assert_eq!(passwd(ALICE, "Another-Passw0rd").code, 0);

    let shown = env.ok(&["-o", "json", "users", "show", "alice"]).json();
    assert_eq!(shown["must_change_password"], false);
    let verify = |pw: &str| {
        env.run_stdin(
            &["auth", "verify", "alice", "--password-stdin"],
            &format!("{pw}\n"),
        )
        .code
    };
    assert_eq!((verify("Another-Passw0rd"), verify(ALICE)), (0, 1));
}

#[test]
fn expired_passwords_must_be_changed_before_anything_else() {
    let env = with_alice();
    let mut store = env.store();
    let t0 = now();
    assert_eq!(
        verify(&mut store, "alice", ALICE, t0 + 400 * DAY),
        None,
        "off"
    );
    env.ok(&["settings", "set", "password.expiry-days", "90"]);
    assert_eq!(verify(&mut store, "alice", ALICE, t0 + 89 * DAY), None);
    let later = t0 + 90 * DAY + 1;
    assert_eq!(
        verify(&mut store, "alice", ALICE, later),
        Some(Refusal::PasswordExpired)
    );
    let file = env.session_file();
    let login = session::login(
        &mut store,
        &Actor::local(),
        &env.key_file(),
        "alice",
        ALICE,
        &file,
        later,
    );
    assert_eq!(refusal(login.unwrap()), Some(Refusal::PasswordExpired));
    // A wrong password learns nothing about expiry.
    assert_eq!(
        verify(&mut store, "alice", "wrong", later),
        Some(Refusal::BadCredentials)
    );

    let changed = auth::change_password(
        &mut store,
        &Actor::local(),
        &env.key_file(),
        "alice",
        ALICE,
        "Renewed-Passw0rd",
        later,
    );
    assert_eq!(refusal(changed.unwrap()), None);
    assert_eq!(verify(&mut store, "alice", "Renewed-Passw0rd", later), None);
    assert_eq!(
        verify(&mut store, "alice", "Renewed-Passw0rd", later + 90 * DAY),
        Some(Refusal::PasswordExpired)
    );
}

#[test]
fn weaker_hashes_are_upgraded_at_the_next_successful_login() {
    use argon2::password_hash::PasswordHasher;
    let env = with_alice();
    let mut store = env.store();
    let weak = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(8192, 1, 1, None).unwrap(),
    )
    .hash_password(ALICE.as_bytes())
    .unwrap()
    .to_string();
    let alice = store.read().find_user("alice").unwrap().unwrap();
    store
        .write(&Actor::local(), |tx| {
            users::set_password_hash(tx, alice.id, "alice", &weak, false, now())
        })
        .unwrap();
    let stored = |store: &Store| store.read().password_hash(alice.id).unwrap().unwrap();

    assert!(verify(&mut store, "alice", "wrong", now()).is_some());
    assert_eq!(stored(&store), weak, "a failure changes nothing");
    assert_eq!(verify(&mut store, "alice", ALICE, now()), None);
    let upgraded = stored(&store);
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{upgraded}"
    );
    assert_eq!(verify(&mut store, "alice", ALICE, now()), None);
}

#[test]
fn login_keeps_a_private_session_that_ends_when_idle() {
    let env = with_alice();
    let r = env.run_stdin(
        &["-o", "json", "auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["user"], "alice");
    let file = env.session_file();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);

    // The store keeps a hash of the secret, never the secret.
    let secret = std::fs::read_to_string(&file).unwrap();
    let secret = secret.trim();
    assert_eq!(secret.len(), 64);
    for path in [env.db.clone(), env.path("store.db-wal")] {
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{path:?}"
        );
    }

    let status = env.run(&["-o", "json", "auth", "status"]);
    assert_eq!(status.code, 0);
    assert_eq!(status.json()["active"], true);
    assert_eq!(status.json()["user"], "alice");

    let mut store = env.store();
    let t0 = now();
    let mut current = |at: i64| {
        let found = session::find(&mut store, &Actor::local(), &file, at).unwrap();
        if let Some(user) = &found {
            store
                .write(&Actor::local(), |tx| tx.touch_session(user.session_id, at))
                .unwrap();
        }
        found
    };
    assert_eq!(current(t0).unwrap().name, "alice");
    // Each use extends the session by the idle time.
    assert!(current(t0 + 29 * MINUTE).is_some());
    assert!(current(t0 + 58 * MINUTE).is_some());
    let status_at = |at: i64| session::status(env.store().read(), &file, at).unwrap();
    assert!(status_at(t0 + 88 * MINUTE + 1).is_none());
    assert!(
        status_at(t0 + 58 * MINUTE).is_some(),
        "status did not extend it"
    );
    // Found ended, it is deleted: no later change brings it back.
    assert!(current(t0 + 88 * MINUTE + 1).is_none());
    assert!(current(t0 + 58 * MINUTE).is_none());
    assert!(status_at(t0 + 58 * MINUTE).is_none());
    // The shell's session has ended: commands refuse until it logs in or out.
    let ended = env.run(&["-o", "json", "users", "list"]);
    assert_eq!(
        (ended.code, ended.error_kind()),
        (2, "auth".into()),
        "{}",
        ended.stderr
    );
    assert!(
        ended.stderr.contains("your session has ended"),
        "{}",
        ended.stderr
    );

    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    let out = env.ok(&["-o", "json", "auth", "logout"]).json();
    assert_eq!(out["logged_out"], "alice");
    assert!(!file.exists());
    let status = env.run(&["-o", "json", "auth", "status"]);
    assert_eq!(
        (status.code, status.json()["active"].clone()),
        (1, false.into())
    );
    assert_eq!(
        env.ok(&["-o", "json", "auth", "logout"]).json()["logged_out"],
        serde_json::Value::Null
    );
}

#[test]
fn a_session_ends_when_its_user_is_disabled_or_must_change_the_password() {
    let env = with_alice();
    let login = || {
        env.ok_stdin(
            &["auth", "login", "alice", "--password-stdin"],
            &format!("{ALICE}\n"),
        )
    };
    let active = || env.run(&["auth", "status"]).code == 0;
    // The local administrator works from another account, with no session of its own.
    let admin_home = env.path("admin-state");
    let admin = |args: &[&str]| {
        let r = support::run_command(
            env.command().env("XDG_STATE_HOME", &admin_home).args(args),
            "",
        );
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    };
    login();
    admin(&["users", "update", "alice", "--disable"]);
    assert!(!active());
    admin(&["users", "update", "alice", "--enable"]);
    assert!(
        !active(),
        "enabling the user again does not revive its session"
    );
    login();
    admin(&["users", "update", "alice", "--must-change-password"]);
    assert!(!active());
    env.ok_stdin(
        &["auth", "passwd", "alice", "--password-stdin"],
        &format!("{ALICE}\nNew-Passw0rd-2\n"),
    );
    assert!(!active(), "a password change ends the user's sessions");
}

#[test]
fn while_a_session_is_open_commands_act_as_its_user() {
    let env = with_alice();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    // alice holds no user-management:manage: the session's user is authorized, not the
    // local administrator.
    let r = env.run(&["-o", "json", "users", "create", "mallory", "--no-password"]);
    assert_eq!(
        (r.code, r.error_kind().as_str()),
        (2, "forbidden"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("`alice` may not do this"), "{}", r.stderr);
    // "May I?" answers for the session's user.
    let r = env.run(&["-o", "json", "check", "security:manage"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.json()["subject"]["user"], "alice");
    // What the session's user may do is recorded as done by it, through the session.
    env.ok(&["tokens", "create", "laptop"]);
    // The session's use was recorded only once the command was allowed; the refused
    // `users create` above changed nothing.
    env.ok(&["auth", "logout"]);
    let trail = env.ok(&["-o", "json", "audit", "list"]).json();
    let made = trail
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "token.create")
        .unwrap()
        .clone();
    assert_eq!(made["actor"], "alice");
    assert!(
        made["auth"].as_str().unwrap().starts_with("session "),
        "{made}"
    );
    // Back to the local administrator, whose changes the trail records as such.
    env.ok(&["users", "create", "mallory", "--no-password"]);
    let r = env.run(&["-o", "json", "check", "security:manage"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "usage"));
}

#[test]
fn an_ended_session_refuses_commands_until_the_shell_logs_in_or_out() {
    let env = with_alice();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    let admin_home = env.path("admin-state");
    let r = support::run_command(
        env.command().env("XDG_STATE_HOME", &admin_home).args([
            "users",
            "update",
            "alice",
            "--disable",
        ]),
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // alice's session file is still there, but the session no longer is: nothing runs
    // as the local administrator in its place.
    let before = env.db_bytes();
    let r = env.run(&["-o", "json", "users", "create", "mallory", "--no-password"]);
    assert_eq!((r.code, r.error_kind()), (2, "auth".into()), "{}", r.stderr);
    assert!(r.stderr.contains("your session has ended"), "{}", r.stderr);
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.run(&["auth", "status"]).code, 1);
    env.ok(&["auth", "logout"]);
    env.ok(&["users", "create", "mallory", "--no-password"]);
}

#[test]
fn with_session_multiple_off_a_login_ends_the_users_other_sessions() {
    let env = with_alice();
    let homes: Vec<_> = ["a", "b", "c"].iter().map(|h| env.path(h)).collect();
    let in_home = |home: &std::path::Path, args: &[&str], stdin: &str| {
        support::run_command(env.command().env("XDG_STATE_HOME", home).args(args), stdin)
    };
    let login = |home| {
        let r = in_home(
            home,
            &["auth", "login", "alice", "--password-stdin"],
            &format!("{ALICE}\n"),
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
    };
    let active = |home| in_home(home, &["auth", "status"], "").code == 0;
    login(&homes[0]);
    login(&homes[1]);
    assert!(
        active(&homes[0]) && active(&homes[1]),
        "multiple sessions by default"
    );
    env.ok(&["settings", "set", "session.multiple", "off"]);
    login(&homes[2]);
    assert!(!active(&homes[0]) && !active(&homes[1]));
    assert!(active(&homes[2]));
}

#[test]
fn a_new_login_replaces_the_session_its_file_held() {
    let env = with_alice();
    env.user("bob", "Builder-Key-42");
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    env.ok_stdin(
        &["auth", "login", "bob", "--password-stdin"],
        "Builder-Key-42\n",
    );
    assert_eq!(
        env.ok(&["-o", "json", "auth", "status"]).json()["user"],
        "bob"
    );
    let records = env
        .store()
        .read()
        .audit_records(&flowsec::store::audit::Filter::default())
        .unwrap();
    let bobs = records
        .iter()
        .rev()
        .find(|r| r.action == "session.start")
        .unwrap();
    assert_eq!(bobs.target, "bob");
    assert_eq!(bobs.details["sessions_ended"], 1, "alice's session ended");
    let r = env.run_stdin(
        &["-o", "json", "auth", "login", "bob", "--password-stdin"],
        "wrong\n",
    );
    assert_eq!((r.code, r.error_kind().as_str()), (1, "auth"));
    assert_eq!(
        env.ok(&["-o", "json", "auth", "status"]).json()["user"],
        "bob",
        "a refused login leaves the session alone"
    );
}

#[test]
fn recovery_mails_a_one_time_code_that_resets_the_password() {
    let env = with_alice();
    let smtp = MailServer::start();
    smtp.configure(&env);
    // Someone acting through a token is told nothing of the user or its address.
    let token = env
        .ok(&["-o", "json", "tokens", "create", "t", "--user", "admin"])
        .json()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let r = support::run_command(
        env.command()
            .env("FLOWSEC_TOKEN", &token)
            .args(["-o", "json", "auth", "recover", "alice"]),
        "",
    );
    assert_eq!(r.json()["sent_to"], serde_json::Value::Null, "{}", r.stderr);
    let r = env.ok(&["-o", "json", "auth", "recover", "alice"]).json();
    assert_eq!(r["sent_to"], "alice@example.com");
    let (mail, code) = smtp.last_code();
    assert!(mail.contains("To: alice@example.com"), "{mail}");
    assert!(mail.contains("flowsec@example.com"), "{mail}");

    let reset = |code: &str, password: &str| {
        support::run_command(
            env.command().env("FLOWSEC_RESET_CODE", code).args([
                "-o",
                "json",
                "auth",
                "reset",
                "alice",
                "--password-stdin",
            ]),
            format!("{password}\n"),
        )
    };
    let weak = reset(&code, "short");
    assert_eq!(
        (weak.code, weak.error_kind().as_str()),
        (2, "invalid_input")
    );
    let wrong = reset(&"0".repeat(32), "Recovered-Passw0rd");
    assert_eq!((wrong.code, wrong.error_kind().as_str()), (1, "auth"));
    let ok = reset(&code, "Recovered-Passw0rd");
    assert_eq!(ok.code, 0, "{}", ok.stderr);

    let verify = |pw: &str| {
        env.run_stdin(
            &["auth", "verify", "alice", "--password-stdin"],
            &format!("{pw}\n"),
        )
        .code
    };
    assert_eq!((verify("Recovered-Passw0rd"), verify(ALICE)), (0, 1));
    let again = reset(&code, "Third-Passw0rd-x");
    assert_eq!(
        (again.code, again.error_kind().as_str()),
        (1, "auth"),
        "works once"
    );
    assert_eq!(verify("Recovered-Passw0rd"), 0);

    let trail = env.ok(&["-o", "json", "audit", "list"]).stdout;
    assert!(trail.contains("auth.recover") && trail.contains("auth.reset"));
    assert!(!trail.contains(&code));
    let db = env.db_bytes();
    assert!(!db.windows(code.len()).any(|w| w == code.as_bytes()));
}

#[test]
fn recovery_codes_expire_are_replaced_and_a_reset_clears_the_lockout() {
    let env = with_alice();
    let smtp = MailServer::start();
    smtp.configure(&env);
    env.ok(&["settings", "set", "login.lockout-minutes", "120"]);
    let mut store = env.store();
    let actor = Actor::local();
    let alice = Name::parse("user", "alice").unwrap();
    let t0 = now();
    for _ in 0..5 {
        verify(&mut store, "alice", "wrong", t0);
    }
    assert!(verify(&mut store, "alice", ALICE, t0).is_some(), "locked");

    let mut reset = |code: &str, pw: &str, at: i64| {
        refusal(recovery::reset(&mut store, &actor, "alice", code, pw, at).unwrap())
    };
    let request = |at: i64| {
        let mut store = env.store();
        recovery::request(&mut store, &Actor::local(), &alice, None, at).unwrap();
        smtp.last_code().1
    };
    let first = request(t0);
    assert_eq!(
        reset(&first, "Recovered-1-pw", t0 + 30 * MINUTE),
        Some(Refusal::BadCode)
    );
    let second = request(t0);
    assert_ne!(first, second);
    // A newer request leaves the outstanding code working; a reset uses every code up.
    assert_eq!(
        reset(&second.to_uppercase(), "Recovered-1-pw", t0 + 29 * MINUTE),
        None
    );
    assert_eq!(
        reset(&first, "Recovered-3-pw", t0 + 29 * MINUTE),
        Some(Refusal::BadCode),
        "used up with the other"
    );
    assert_eq!(
        reset(&second, "Recovered-2-pw", t0 + 29 * MINUTE),
        Some(Refusal::BadCode)
    );
    assert_eq!(smtp.count(), 2);
    assert_eq!(
        verify(&mut store, "alice", "Recovered-1-pw", t0 + 29 * MINUTE),
        None,
        "the reset ended the lockout"
    );
}

#[test]
fn recovery_needs_a_mail_server_and_an_address() {
    let env = with_alice();
    let r = env.run(&["-o", "json", "auth", "recover", "alice"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
    assert!(r.stderr.contains("email.smtp-url"), "{}", r.stderr);

    let smtp = MailServer::start();
    smtp.configure(&env);
    env.ok_stdin(
        &["users", "create", "bob", "--password-stdin"],
        "Builder-Key-42\n",
    );
    let r = env.run(&["-o", "json", "auth", "recover", "bob"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "invalid_input"));
    assert!(
        r.stderr.contains("users update bob --email"),
        "{}",
        r.stderr
    );
    let r = env.run(&["-o", "json", "auth", "recover", "nobody"]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));
    assert_eq!(smtp.count(), 0);

    let table = env.run(&["auth", "recover", "bob"]);
    assert!(
        table.stderr.starts_with("flowsec: error: "),
        "{}",
        table.stderr
    );
    assert!(table.stderr.contains("help: "), "{}", table.stderr);
}

/// Sessions are keyed by the store's own id, not by the path it was reached through.
#[test]
fn a_moved_store_keeps_its_session_and_another_path_to_it_finds_the_same_one() {
    let env = with_alice();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    let moved = env.path("moved.db");
    std::fs::rename(&env.db, &moved).unwrap();
    let link = env.path("link.db");
    std::os::unix::fs::symlink(&moved, &link).unwrap();
    for db in [&moved, &link] {
        let status = support::run_command(
            env.command()
                .env("FLOWSEC_DB", db)
                .env("FLOWSEC_KEY_FILE", env.key_file())
                .args(["-o", "json", "auth", "status"]),
            "",
        );
        assert_eq!(status.code, 0, "{}", status.stderr);
        assert_eq!(status.json()["user"], "alice");
    }
}

/// Regression: session files were named from the store's path until stores kept an id;
/// a shell logged in before the upgrade must stay logged in, not become the local
/// administrator.
#[test]
fn a_session_file_named_from_the_store_path_is_kept() {
    let env = with_alice();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        &format!("{ALICE}\n"),
    );
    let file = env.session_file();
    let canonical = std::fs::canonicalize(&env.db).unwrap();
    let digest = flowsec::crypto::sha256(canonical.to_string_lossy().as_bytes());
    let by_path = file.with_file_name(format!("session-{}", flowsec::crypto::hex(&digest[..16])));
    std::fs::rename(&file, &by_path).unwrap();
    let status = env.run(&["-o", "json", "auth", "status"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert_eq!(status.json()["user"], "alice");
    assert!(file.exists() && !by_path.exists(), "moved to the id's name");
}
