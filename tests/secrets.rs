//! Issue 6: secrets stored encrypted, the key file bound to its store, rotation (killed
//! mid-way too), wrong and missing keys, tampered and moved ciphertexts, and a scan of the
//! store's files for every plaintext stored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::Path;
use std::time::Instant;

use flowsec::identity::Actor;
use flowsec::model::{Name, Target};
use flowsec::store::{Store, items, secrets, users};
use serde::Deserialize;
use support::{Env, Run, run_command};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Shown {
    target: String,
    field: String,
    value: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Listed {
    target: String,
    field: String,
    key: String,
    updated: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Status {
    key_file: String,
    keys: Vec<KeyUse>,
    values: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyUse {
    id: String,
    created: Option<String>,
    current: bool,
    in_key_file: bool,
    values: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Verification {
    values: usize,
    failed: Vec<Failure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Failure {
    target: String,
    field: String,
    key: String,
    problem: String,
}

/// Every command that reads the key file, given `connections/W` with a `password`.
const NEED_THE_KEY: &[&[&str]] = &[
    &["secrets", "get", "connections/W", "password"],
    &[
        "secrets",
        "set",
        "connections/W",
        "password",
        "--value-stdin",
    ],
    &["encrypt", "status"],
    &["encrypt", "rotate"],
    &["encrypt", "verify"],
];

fn get(env: &Env, target: &str, field: &str) -> Run {
    env.run(&["-o", "json", "secrets", "get", target, field])
}

fn value(env: &Env, target: &str, field: &str) -> String {
    let r = get(env, target, field);
    assert_eq!(r.code, 0, "secrets get {target} {field}: {}", r.stderr);
    let shown: Shown = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (shown.target.as_str(), shown.field.as_str()),
        (target, field)
    );
    shown.value
}

fn listed(env: &Env, args: &[&str]) -> Vec<Listed> {
    let mut all = vec!["-o", "json", "secrets", "list"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok(&all).stdout).unwrap()
}

fn status(env: &Env) -> Status {
    serde_json::from_str(&env.ok(&["-o", "json", "encrypt", "status"]).stdout).unwrap()
}

/// `encrypt verify`: its exit code and report, which must agree.
fn verify(env: &Env) -> (i32, Verification) {
    let r = env.run(&["-o", "json", "encrypt", "verify"]);
    assert!(r.code == 0 || r.code == 1, "verify: {}", r.stderr);
    let v: Verification = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        r.code == 0,
        v.failed.is_empty(),
        "exit code and report disagree"
    );
    (r.code, v)
}

/// The ids of the keys in a key file, oldest first.
fn key_ids(path: &Path) -> Vec<String> {
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap().to_string())
        .collect()
}

/// Asserts exit 2 with an error of `kind` whose hint names `--key-file`.
fn assert_key_error(r: &Run, kind: &str) {
    assert_eq!((r.code, r.error_kind().as_str()), (2, kind), "{}", r.stderr);
    let e: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert!(
        e["error"]["hint"].as_str().unwrap().contains("--key-file"),
        "{}",
        r.stderr
    );
}

/// What a failed command must leave alone: secrets, audit trail and key file.
fn snapshot(env: &Env) -> (String, String, Vec<u8>) {
    (
        env.ok(&["-o", "json", "secrets", "list"]).stdout,
        env.ok(&["-o", "json", "audit", "list"]).stdout,
        std::fs::read(env.key_file()).unwrap(),
    )
}

/// `n` items `connections/cI`, each with the secret `password` = `value-I`, made
/// through the library in one transaction (thousands of processes would be slow).
fn seed_many(env: &Env, n: usize) {
    let actor = Actor::local();
    let mut store = Store::open(&env.location()).unwrap();
    let key_file = env.key_file();
    let field = Name::parse("field", "password").unwrap();
    store
        .write(&actor, |tx| {
            let admin = users::get(tx, &Name::parse("user", "admin")?)?;
            for i in 0..n {
                let target = Target::parse_item(&format!("connections/c{i}"))?;
                items::create(tx, &target, &admin)?;
                let item = items::get(tx, &target)?;
                secrets::set(tx, &key_file, &item, &field, &format!("value-{i}"))?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn secrets_round_trip_are_listed_without_values_and_go_with_their_item() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/Warehouse"]);
    env.ok(&["items", "create", "deployment-parameters/Token Set"]);
    env.ok(&["items", "create", "repositories/Samples"]);

    env.set_secret("connections/Warehouse", "password", "pw one\n");
    env.set_secret("connections/Warehouse", "api-key", "line 1\nline 2\r\n");
    env.set_secret("deployment-parameters/Token Set", "token", "tok-x");
    env.set_secret("repositories/Samples", "password", "  spaced  ");
    assert_eq!(value(&env, "connections/Warehouse", "password"), "pw one");
    assert_eq!(
        value(&env, "connections/Warehouse", "api-key"),
        "line 1\nline 2"
    );
    assert_eq!(
        value(&env, "deployment-parameters/Token Set", "token"),
        "tok-x"
    );
    assert_eq!(
        value(&env, "repositories/Samples", "password"),
        "  spaced  "
    );
    // In table mode the value alone is printed.
    let plain = env.ok(&["secrets", "get", "connections/Warehouse", "password"]);
    assert_eq!(plain.stdout, "pw one\n");

    // Setting again replaces.
    let r = env.run_stdin(
        &[
            "-o",
            "json",
            "secrets",
            "set",
            "connections/Warehouse",
            "password",
            "--value-stdin",
        ],
        "pw two",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["change"], "updated");
    assert_eq!(value(&env, "connections/Warehouse", "password"), "pw two");

    let all = listed(&env, &[]);
    let names: Vec<(&str, &str)> = all
        .iter()
        .map(|s| (s.target.as_str(), s.field.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("connections/Warehouse", "api-key"),
            ("connections/Warehouse", "password"),
            ("deployment-parameters/Token Set", "token"),
            ("repositories/Samples", "password"),
        ]
    );
    let current = &status(&env).keys[0].id;
    assert!(
        all.iter()
            .all(|s| &s.key == current && !s.updated.is_empty())
    );
    let table = env.ok(&["secrets", "list"]).stdout;
    for secret in ["pw two", "line 1", "tok-x", "spaced"] {
        assert!(!table.contains(secret), "list shows a value: {table}");
    }
    assert_eq!(listed(&env, &["connections"]).len(), 2);
    assert_eq!(listed(&env, &["repositories/Samples"]).len(), 1);
    assert_eq!(status(&env).values, 4);

    env.ok(&["secrets", "remove", "connections/Warehouse", "api-key"]);
    let r = get(&env, "connections/Warehouse", "api-key");
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));
    let r = env.run(&[
        "-o",
        "json",
        "secrets",
        "remove",
        "connections/Warehouse",
        "api-key",
    ]);
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));

    // Removing an item removes its secrets.
    env.ok(&["items", "remove", "connections/Warehouse"]);
    assert_eq!(status(&env).values, 2);
    assert_eq!(listed(&env, &["connections"]).len(), 0);
    env.ok(&["items", "create", "connections/Warehouse"]);
    let r = get(&env, "connections/Warehouse", "password");
    assert_eq!((r.code, r.error_kind().as_str()), (2, "not_found"));

    let actions: Vec<String> = env
        .ok(&["-o", "json", "audit", "list"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions.iter().filter(|a| *a == "secret.set").count(), 5);
    assert_eq!(actions.iter().filter(|a| *a == "secret.remove").count(), 1);
}

#[test]
fn bad_input_is_refused_before_a_value_is_read() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/W"]);
    let cases = [
        (
            "secrets set connections/Nope password --value-stdin",
            "v",
            "not_found",
        ),
        (
            "secrets set connections password --value-stdin",
            "v",
            "invalid_input",
        ),
        (
            "secrets set connections/W pass:word --value-stdin",
            "v",
            "invalid_input",
        ),
        (
            "secrets set connections/W password --value-stdin",
            "",
            "invalid_input",
        ),
        (
            "secrets set connections/W password --value-stdin",
            "\n",
            "invalid_input",
        ),
        // No terminal and no --value-stdin: an error, not a hang.
        ("secrets set connections/W password", "v", "usage"),
        ("secrets get connections/Nope password", "", "not_found"),
        ("secrets list connections/Nope", "", "not_found"),
        ("secrets list nonsense", "", "invalid_input"),
    ];
    for (line, stdin, kind) in cases {
        let mut all = vec!["-o", "json"];
        all.extend(line.split_whitespace());
        let r = env.run_stdin(&all, stdin);
        assert_eq!((r.code, r.error_kind().as_str()), (2, kind), "{line}");
    }
    let usage = env.run_stdin(&["secrets", "set", "connections/W", "password"], "v");
    assert!(usage.stderr.contains("--value-stdin"), "{}", usage.stderr);
    assert_eq!(status(&env).values, 0);
}

#[test]
fn init_writes_a_private_key_file_bound_to_its_store_and_never_replaces_it() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let key_file = env.key_file();
    let mode = std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_eq!(file["format"], "flowsec-key-file");
    assert_eq!(file["version"], 1);
    assert_eq!(
        file["keys"][0]["key"].as_str().unwrap().len(),
        64,
        "256 bits"
    );
    let st = status(&env);
    assert_eq!(st.key_file, key_file.display().to_string());
    assert_eq!(st.keys.len(), 1);
    assert!(st.keys[0].current && st.keys[0].in_key_file && st.keys[0].created.is_some());
    assert_eq!(st.keys[0].values, 0);

    // A second init changes neither the store nor its key.
    let key_before = std::fs::read(&key_file).unwrap();
    let r = env.run_stdin(
        &["-o", "json", "init", "--admin-password-stdin"],
        "whatever-123\n",
    );
    assert_eq!((r.code, r.error_kind().as_str()), (2, "conflict"));
    assert_eq!(std::fs::read(&key_file).unwrap(), key_before);

    // A new store will not take a key file that exists already.
    let other = env.path("other.db");
    let r = run_command(
        env.command()
            .env("FLOWSEC_DB", &other)
            .env("FLOWSEC_KEY_FILE", &key_file)
            .args(["-o", "json", "init", "--admin-password-stdin"]),
        "correct-horse-battery\n",
    );
    assert_eq!((r.code, r.error_kind().as_str()), (2, "conflict"));
    assert!(!other.exists());
    assert_eq!(std::fs::read(&key_file).unwrap(), key_before);

    // --key-file keeps the key elsewhere, e.g. off the backup path.
    let elsewhere = env.path("keys/elsewhere.key");
    let r = run_command(
        env.command()
            .env("FLOWSEC_DB", &other)
            .args(["--key-file", elsewhere.to_str().unwrap()])
            .args(["init", "--admin-password-stdin"]),
        "correct-horse-battery\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(elsewhere.exists());
    assert!(!other.with_extension("key").exists());
}

#[test]
fn the_default_store_gets_its_key_file_when_made_on_first_use() {
    let env = Env::empty();
    let r = run_command(
        env.command()
            .env_remove("FLOWSEC_DB")
            .args(["items", "create", "connections/W"]),
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let key_file = env.path("data/flowsec/flowsec.key");
    assert!(key_file.exists(), "{}", r.stderr);
    let r = run_command(
        env.command().env_remove("FLOWSEC_DB").args([
            "secrets",
            "set",
            "connections/W",
            "password",
            "--value-stdin",
        ]),
        "pw",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(key_ids(&key_file).len(), 1);

    // A key file in the way of the default store is reported, not overwritten.
    let other = Env::empty();
    let stray = other.path("data/flowsec/flowsec.key");
    std::fs::create_dir_all(stray.parent().unwrap()).unwrap();
    std::fs::write(&stray, "left by an interrupted init").unwrap();
    let r = run_command(
        other
            .command()
            .env_remove("FLOWSEC_DB")
            .args(["-o", "json", "users", "list"]),
        "",
    );
    assert_eq!(
        (r.code, r.error_kind().as_str()),
        (2, "conflict"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("key file already exists"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&stray).unwrap(),
        "left by an interrupted init"
    );
    assert!(!other.path("data/flowsec/flowsec.db").exists());
}

#[test]
fn commands_that_need_no_secret_never_read_the_key() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/W"]);
    env.set_secret("connections/W", "password", "pw");
    std::fs::write(env.key_file(), "not a key file").unwrap();
    for args in [
        &["users", "list"][..],
        &["check", "--user", "admin", "security:manage"],
        &["items", "show", "connections/W"],
        &["secrets", "list"],
        &["audit", "list"],
        &["roles", "create", "team"],
    ] {
        env.ok(args);
    }
    std::fs::remove_file(env.key_file()).unwrap();
    env.ok(&["secrets", "list", "connections"]);
    env.ok(&["items", "create", "connections/V"]);
}

#[test]
fn a_missing_key_is_an_error_with_a_hint_and_changes_nothing() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/W"]);
    env.set_secret("connections/W", "password", "pw");
    let before = snapshot(&env);
    let saved = env.path("saved.key");
    std::fs::rename(env.key_file(), &saved).unwrap();
    for args in NEED_THE_KEY {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let r = env.run_stdin(&all, "new value");
        assert_key_error(&r, "crypto");
        assert!(r.stderr.contains("no key file"), "{}", r.stderr);
    }
    assert!(
        !env.key_file().exists(),
        "a missing key file must not be made anew"
    );
    std::fs::rename(&saved, env.key_file()).unwrap();
    assert_eq!(snapshot(&env), before);
    assert_eq!(value(&env, "connections/W", "password"), "pw");
}

#[test]
fn another_stores_key_is_recognised_as_wrong_and_changes_nothing() {
    let a = Env::new();
    let b = Env::new();
    for env in [&a, &b] {
        env.ok(&["items", "create", "connections/W"]);
        env.set_secret("connections/W", "password", "pw");
    }
    let before_a = snapshot(&a);
    let before_b = snapshot(&b);
    for args in NEED_THE_KEY {
        let r = run_command(
            b.command()
                .env("FLOWSEC_KEY_FILE", a.key_file())
                .args(["-o", "json"])
                .args(*args),
            "new value",
        );
        assert_key_error(&r, "crypto");
        assert!(r.stderr.contains("another store"), "{}", r.stderr);
    }
    assert_eq!(snapshot(&a), before_a);
    assert_eq!(snapshot(&b), before_b);
}

#[test]
fn a_tampered_ciphertext_is_detected() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/W"]);
    env.set_secret("connections/W", "password", "pw-w");
    env.set_secret("connections/W", "token", "tok-w");
    let mut stored = sealed(&env, "W", "password");
    stored.sealed.ciphertext[2] ^= 0x01;
    reseal(&env, &stored, &stored.sealed);

    let r = get(&env, "connections/W", "password");
    assert_eq!(
        (r.code, r.error_kind().as_str()),
        (2, "crypto"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("fails authentication"), "{}", r.stderr);
    assert_eq!(value(&env, "connections/W", "token"), "tok-w");

    let (code, v) = verify(&env);
    assert_eq!(code, 1);
    assert_eq!(v.values, 2);
    assert_eq!(v.failed.len(), 1);
    assert_eq!(
        (v.failed[0].target.as_str(), v.failed[0].field.as_str()),
        ("connections/W", "password")
    );
    assert!(v.failed[0].problem.contains("authentication"));
    assert_eq!(v.failed[0].key, status(&env).keys[0].id);
    let human = env.run(&["encrypt", "verify"]);
    assert_eq!(human.code, 1);
    assert!(human.stdout.contains("1 of 2"), "{}", human.stdout);

    // Rotation would lose the value: it refuses and changes nothing.
    let before = snapshot(&env);
    let r = env.run(&["-o", "json", "encrypt", "rotate"]);
    assert_eq!(
        (r.code, r.error_kind().as_str()),
        (2, "crypto"),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot(&env), before);

    // Setting it again repairs it.
    env.set_secret("connections/W", "password", "pw-again");
    assert_eq!(verify(&env).0, 0);
}

#[test]
fn a_ciphertext_moved_to_another_row_does_not_decrypt() {
    let env = Env::new();
    env.ok(&["items", "create", "connections/A"]);
    env.ok(&["items", "create", "connections/B"]);
    env.set_secret("connections/A", "password", "secret-of-a");
    env.set_secret("connections/A", "token", "token-of-a");
    env.set_secret("connections/B", "password", "secret-of-b");
    let a = sealed(&env, "A", "password").sealed;
    // The same field of another item, and another field of the same item.
    reseal(&env, &sealed(&env, "B", "password"), &a);
    reseal(&env, &sealed(&env, "A", "token"), &a);
    for (target, field) in [("connections/B", "password"), ("connections/A", "token")] {
        let r = get(&env, target, field);
        assert_eq!(
            (r.code, r.error_kind().as_str()),
            (2, "crypto"),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains("secret-of-a"));
    }
    assert_eq!(value(&env, "connections/A", "password"), "secret-of-a");
    let (code, v) = verify(&env);
    assert_eq!(code, 1);
    let mut failed: Vec<(String, String)> =
        v.failed.into_iter().map(|f| (f.target, f.field)).collect();
    failed.sort();
    assert_eq!(
        failed,
        [
            ("connections/A".to_string(), "token".to_string()),
            ("connections/B".to_string(), "password".to_string())
        ]
    );
}

#[test]
fn rotation_re_encrypts_every_secret_and_drops_the_old_key() {
    const N: usize = 500;
    let env = Env::new();
    seed_many(&env, N);
    let old_key_file = env.path("before-rotation.key");
    std::fs::copy(env.key_file(), &old_key_file).unwrap();
    let old = key_ids(&env.key_file());
    assert_eq!(old.len(), 1);

    let r = env.run(&["-o", "json", "encrypt", "rotate"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rotation = r.json();
    assert_eq!(rotation["values"], N);
    assert_eq!(rotation["previous"], serde_json::json!(old));
    assert_eq!(rotation["dropped"], serde_json::json!(old));
    let new = key_ids(&env.key_file());
    assert_eq!(new, [rotation["key"].as_str().unwrap()]);
    assert_ne!(new, old);

    let st = status(&env);
    assert_eq!(st.values, i64::try_from(N).unwrap());
    assert_eq!(st.keys.len(), 1);
    assert_eq!(
        (st.keys[0].id.as_str(), st.keys[0].values),
        (new[0].as_str(), st.values)
    );
    assert!(
        listed(&env, &["connections"])
            .iter()
            .all(|s| s.key == new[0])
    );
    for i in [0, 1, N / 2, N - 1] {
        assert_eq!(
            value(&env, &format!("connections/c{i}"), "password"),
            format!("value-{i}")
        );
    }
    let (code, v) = verify(&env);
    assert_eq!((code, v.values), (0, N));

    // The key file from before the rotation no longer opens anything, and says why.
    let r = run_command(
        env.command().env("FLOWSEC_KEY_FILE", &old_key_file).args([
            "-o",
            "json",
            "secrets",
            "get",
            "connections/c1",
            "password",
        ]),
        "",
    );
    assert_eq!(
        (r.code, r.error_kind().as_str()),
        (2, "crypto"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("not in the key file"), "{}", r.stderr);
    let r = run_command(
        env.command()
            .env("FLOWSEC_KEY_FILE", &old_key_file)
            .args(["-o", "json", "encrypt", "status"]),
        "",
    );
    let st: Status = serde_json::from_str(&r.stdout).unwrap();
    let missing: Vec<_> = st.keys.iter().filter(|k| !k.in_key_file).collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(
        (missing[0].id.as_str(), missing[0].values),
        (new[0].as_str(), st.values)
    );
    assert!(!missing[0].current && missing[0].created.is_none());

    let audit = env
        .ok(&["-o", "json", "audit", "list", "--limit", "2"])
        .json();
    assert_eq!(audit[0]["action"], "encrypt.rotate");
    assert_eq!(audit[1]["action"], "encrypt.key.drop");
}

#[test]
fn a_kill_during_rotation_leaves_every_value_readable() {
    const N: usize = 2000;
    let env = Env::new();
    seed_many(&env, N);
    let key_file = env.key_file();
    // Aim the kills inside a rotation: start at half an uninterrupted one, then kill
    // earlier after one that finished and later after one that had not begun.
    let started = Instant::now();
    env.ok(&["encrypt", "rotate"]);
    let whole = started.elapsed();
    let mut delay = whole / 2;

    let mut caught_midway = 0;
    for _ in 0..60 {
        let before = key_ids(&key_file);
        let finished = env.kill_after(&["encrypt", "rotate"], delay);
        if let Some(status) = finished {
            assert!(
                status.success(),
                "an uninterrupted rotation failed: {status}"
            );
        }

        // Wherever the kill landed, every value opens.
        let (code, v) = verify(&env);
        assert_eq!(
            (code, v.values),
            (0, N),
            "after a kill at {delay:?}: {:?}",
            v.failed
        );
        let after = key_ids(&key_file);
        if after.len() > 1 {
            // Killed between adding the new key and dropping the old one; a full
            // rotation tidies up.
            caught_midway += 1;
            env.ok(&["encrypt", "rotate"]);
            assert_eq!(key_ids(&key_file).len(), 1);
            if caught_midway == 3 {
                break;
            }
        } else if finished.is_none() && after == before {
            delay = delay.mul_f64(1.3);
        } else {
            delay = delay.mul_f64(0.7);
        }
    }
    assert!(
        caught_midway > 0,
        "no kill landed inside a rotation of {whole:?}"
    );
    for i in [0, N / 3, N - 1] {
        assert_eq!(
            value(&env, &format!("connections/c{i}"), "password"),
            format!("value-{i}")
        );
    }
}

#[test]
fn no_plaintext_reaches_the_store_files() {
    let env = Env::new();
    let plaintexts = [
        "PLAINTEXT-warehouse-password-7f3a9c",
        "PLAINTEXT-replaced-later-1b2d4e",
        "PLAINTEXT-replacement-value-9e8d7c",
        "PLAINTEXT-removed-secret-5a6b7c",
        "PLAINTEXT-gone-with-its-item-3c4d5e",
        "PLAINTEXT-published-parameter-0f1e2d",
        "PLAINTEXT-smtp-password-4b5c6d",
    ];
    // Held open, so the WAL the commands write stays on disk to be scanned.
    let reader = env.store();
    reader.read().all_secrets().unwrap();

    env.ok(&["items", "create", "connections/Warehouse"]);
    env.ok(&["items", "create", "connections/Old"]);
    env.ok(&["items", "create", "deployment-parameters/P"]);
    env.set_secret("connections/Warehouse", "password", plaintexts[0]);
    env.set_secret("connections/Warehouse", "token", plaintexts[1]);
    env.set_secret("connections/Warehouse", "token", plaintexts[2]);
    env.set_secret("connections/Warehouse", "old", plaintexts[3]);
    env.ok(&["secrets", "remove", "connections/Warehouse", "old"]);
    env.set_secret("connections/Old", "password", plaintexts[4]);
    env.ok(&["items", "remove", "connections/Old"]);
    env.set_secret("deployment-parameters/P", "value", plaintexts[5]);
    let mut store = Store::open(&env.location()).unwrap();
    store
        .write(&Actor::local(), |tx| {
            secrets::set_system(tx, &env.key_file(), "email.smtp-password", plaintexts[6])
        })
        .unwrap();
    drop(store);
    env.ok(&["encrypt", "rotate"]);
    env.ok(&["secrets", "get", "connections/Warehouse", "password"]);

    let files = env.store_files();
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    // A SQLite store keeps its newest pages in the write-ahead log: scanned too.
    if env.postgres.is_none() {
        assert!(names.iter().any(|n| n.ends_with("-wal")), "{names:?}");
    }
    assert!(
        files.iter().all(|(_, bytes)| !bytes.is_empty()),
        "{names:?}"
    );
    // The scan sees what is stored: the item names are there, in plain text.
    let everything: Vec<u8> = files.iter().flat_map(|(_, b)| b.clone()).collect();
    assert!(everything.windows(9).any(|w| w == b"Warehouse"));
    for (path, bytes) in &files {
        for secret in plaintexts {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds `{secret}` in plain text",
                path.display()
            );
        }
    }
    let audit = env.ok(&["-o", "json", "audit", "list"]).stdout;
    for secret in plaintexts {
        assert!(!audit.contains(secret), "the audit trail holds `{secret}`");
    }
    drop(reader);
}

#[test]
fn encrypt_commands_explain_themselves() {
    let env = Env::new();
    let st = env.ok(&["encrypt", "status"]).stdout;
    assert!(st.contains("current"), "{st}");
    assert!(
        env.ok(&["encrypt", "verify"])
            .stdout
            .contains("all 0 value(s) decrypt")
    );
    let help = env.ok(&["encrypt", "rotate", "--help"]).stdout;
    assert!(help.contains("Examples:"), "{help}");
    assert!(
        env.ok(&["secrets", "set", "--help"])
            .stdout
            .contains("--value-stdin")
    );
    let q = env.ok(&["-q", "encrypt", "rotate"]);
    assert_eq!(q.stdout, "");
    assert_eq!(key_ids(&env.key_file()).len(), 1);
}

/// The stored secret `field` of the connection `item`, read through the store.
fn sealed(env: &Env, item: &str, field: &str) -> flowsec::store::secrets::Stored {
    let target = format!("connections/{item}");
    env.store()
        .read()
        .all_secrets()
        .unwrap()
        .into_iter()
        .find(|s| s.target.as_deref() == Some(target.as_str()) && s.name == field)
        .unwrap()
}

/// Puts `sealed` in place of `stored`'s value, as damage or an attacker with write access
/// to the store file would: below the checks of the command line.
fn reseal(env: &Env, stored: &flowsec::store::secrets::Stored, sealed: &flowsec::crypto::Sealed) {
    env.store()
        .write(&flowsec::identity::Actor::local(), |tx| {
            tx.reseal_secret(stored.id, sealed)
        })
        .unwrap();
}
