//! Issue 18: the audit trail as evidence. Tampering of every kind is caught and named
//! by `audit verify`, on both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use flowsec::crypto::chain::{self, Content};
use support::Env;

/// A store with a few records besides `store.init`: users one to `n`.
fn trail_of(n: usize) -> Env {
    let env = Env::new();
    for i in 1..=n {
        env.ok(&["users", "create", &format!("user{i}"), "--no-password"]);
    }
    env
}

/// `audit verify` as JSON, with its exit code.
fn verify(env: &Env, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["-o", "json", "audit", "verify"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    (run.code, run.json())
}

/// The fault `audit verify` names and at which record; asserts it exits 1.
fn fault(env: &Env) -> (String, i64, String) {
    let (code, report) = verify(env, &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["intact"], false);
    let problem = &report["problem"];
    (
        problem["fault"].as_str().unwrap().to_string(),
        problem["record"].as_i64().unwrap(),
        problem["message"].as_str().unwrap().to_string(),
    )
}

fn exported(env: &Env) -> Vec<serde_json::Value> {
    env.ok(&["audit", "export"]).json_lines()
}

/// A blob literal of `hex` in the store's SQL.
fn blob(env: &Env, hex: &str) -> String {
    match env.postgres {
        None => format!("x'{hex}'"),
        Some(_) => format!("'\\x{hex}'::bytea"),
    }
}

#[test]
fn an_untouched_trail_verifies_and_says_what_it_covered() {
    let env = trail_of(3);
    let (code, report) = verify(&env, &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["intact"], true);
    assert_eq!(report["records"], 4);
    assert_eq!(
        (report["first"].as_i64(), report["last"].as_i64()),
        (Some(1), Some(4))
    );
    let lines = exported(&env);
    assert_eq!(report["head"], lines[3]["hash"]);
    // Each line's prev is the hash of the line before.
    for pair in lines.windows(2) {
        assert_eq!(pair[1]["prev"], pair[0]["hash"]);
    }
    let shown = env.ok(&["audit", "verify"]).stdout;
    assert!(
        shown.starts_with("intact: records 1-4 (4 records)"),
        "{shown}"
    );
    // From a later record on.
    let (code, report) = verify(&env, &["--from", "3"]);
    assert_eq!((code, report["records"].as_i64()), (0, Some(2)));
}

#[test]
fn a_changed_detail_is_named() {
    let env = trail_of(4);
    env.tamper(&format!(
        "{} UPDATE audit SET details = '{{\"email\":\"x@evil.example\"}}' WHERE id = 3;",
        env.without_audit_triggers()
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("changed", 3), "{message}");
    assert!(
        message.contains("record 3 does not match its hash"),
        "{message}"
    );
}

#[test]
fn the_triggers_refuse_changes_and_removals() {
    let env = trail_of(2);
    for sql in [
        "UPDATE audit SET actor = 'x' WHERE id = 2",
        "DELETE FROM audit WHERE id = 2",
    ] {
        let out = env.try_tamper(sql);
        assert!(!out.status.success(), "{sql}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("append-only"),
            "{sql}"
        );
    }
    assert_eq!(verify(&env, &[]).0, 0);
}

#[test]
fn a_removed_record_in_the_middle_is_named() {
    let env = trail_of(4);
    env.tamper(&format!(
        "{} DELETE FROM audit WHERE id = 3;",
        env.without_audit_triggers()
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("removed", 3), "{message}");
    assert!(message.contains("record 3 is missing"), "{message}");
}

#[test]
fn removing_the_first_records_is_named() {
    let env = trail_of(3);
    env.tamper(&format!(
        "{} DELETE FROM audit WHERE id <= 2;",
        env.without_audit_triggers()
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("removed", 1), "{message}");
    assert!(message.contains("records 1-2 are missing"), "{message}");
}

#[test]
fn reordered_records_are_named() {
    let env = trail_of(4);
    env.tamper(&format!(
        "{} UPDATE audit SET id = 1000 WHERE id = 3; UPDATE audit SET id = 3 WHERE id = 4;
         UPDATE audit SET id = 4 WHERE id = 1000;",
        env.without_audit_triggers()
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("changed", 3), "{message}");
    assert!(message.contains("moved"), "{message}");
}

#[test]
fn removing_the_newest_records_is_caught_by_the_checkpoint_kept_outside_the_store() {
    let env = trail_of(3);
    env.ok(&["audit", "checkpoint"]);
    assert_eq!(verify(&env, &[]).0, 0);
    // The newest two records go, and the store's checkpoints with them.
    env.tamper(&format!(
        "{} DELETE FROM audit WHERE id >= 3; DELETE FROM audit_checkpoints;",
        env.without_audit_triggers()
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!(
        (fault.as_str(), record),
        ("missing_after_checkpoint", 3),
        "{message}"
    );
    assert!(message.contains("records 3-4 are missing"), "{message}");
}

/// Rewrites every record from `from` on, with `change` applied to its details and every
/// hash recomputed, so the chain holds together: what someone who can write the store
/// but has no signing key could do.
fn rewrite_from(env: &Env, from: i64, details: &str) {
    let lines = exported(env);
    let mut prev = [0u8; 32];
    let mut sql = env.without_audit_triggers().to_string();
    sql.push_str(" DELETE FROM audit_checkpoints;");
    for line in &lines {
        let seq = line["seq"].as_i64().unwrap();
        let original = line["details"].to_string();
        let details = if seq >= from {
            details.to_string()
        } else {
            original
        };
        let content = Content {
            seq,
            at: line["at"].as_i64().unwrap(),
            actor: line["actor"].as_str().unwrap(),
            auth: line["auth"].as_str().unwrap(),
            action: line["action"].as_str().unwrap(),
            target: line["target"].as_str().unwrap(),
            outcome: line["outcome"].as_str().unwrap(),
            details: &details,
        };
        let hash = chain::link(&prev, &content);
        prev = hash;
        if seq >= from {
            let hex = flowsec::crypto::hex(&hash);
            sql.push_str(&format!(
                " UPDATE audit SET details = '{details}', hash = {} WHERE id = {seq};",
                blob(env, &hex)
            ));
        }
    }
    env.tamper(&sql);
}

#[test]
fn a_chain_rewritten_from_some_point_is_caught_by_the_checkpoint() {
    let env = trail_of(4);
    env.ok(&["audit", "checkpoint"]);
    env.ok(&["users", "create", "later", "--no-password"]);
    rewrite_from(&env, 3, "{\"rewritten\":true}");
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("rewritten", 5), "{message}");
    assert!(
        message.contains("rewritten from there or before"),
        "{message}"
    );
}

#[test]
fn a_whole_chain_replaced_after_a_checkpoint_is_caught() {
    let env = trail_of(2);
    env.ok(&["audit", "checkpoint"]);
    rewrite_from(&env, 1, "{}");
    let (fault, record, _) = fault(&env);
    assert_eq!((fault.as_str(), record), ("rewritten", 3));
}

#[test]
fn a_forged_checkpoint_is_named() {
    let env = trail_of(2);
    let forged = "ab".repeat(64);
    env.tamper(&format!(
        "INSERT INTO audit_checkpoints (seq, kind, hash, at, key, signature)
         SELECT id, 'checkpoint', hash, 1800000000, 'someone', {} FROM audit WHERE id = 2;",
        blob(&env, &forged)
    ));
    let (fault, record, message) = fault(&env);
    assert_eq!((fault.as_str(), record), ("bad_checkpoint", 2), "{message}");
    assert!(message.contains("signed by key someone"), "{message}");
}

#[test]
fn many_writers_at_once_leave_one_unbroken_chain() {
    let env = Env::new();
    env.ok(&["settings", "set", "audit.checkpoint-every", "7"]);
    let handles: Vec<_> = (0..6)
        .map(|w| {
            let mut c = env.command();
            let script = (0..5)
                .map(|i| format!("[roles.w{w}r{i}]\n"))
                .collect::<String>();
            let path = env.dir.path().join(format!("m{w}.toml"));
            std::fs::write(&path, script).unwrap();
            c.args(["apply", path.to_str().unwrap()]);
            c.stdout(Stdio::null()).stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    for h in handles {
        let out = h.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (code, report) = verify(&env, &[]);
    assert_eq!(code, 0, "{report}");
    // store.init, the setting, 30 roles and what the applies recorded of themselves.
    assert_eq!(
        report["records"].as_u64().unwrap(),
        exported(&env).len() as u64
    );
    assert!(report["records"].as_u64().unwrap() >= 32, "{report}");
    assert!(report["checkpoints"].as_i64().unwrap() >= 4, "{report}");
}

#[test]
fn an_export_verifies_offline_and_a_changed_line_is_named() {
    let env = trail_of(3);
    env.ok(&["audit", "checkpoint"]);
    let file = env.dir.path().join("trail.jsonl");
    let export = env.ok(&["audit", "export"]).stdout;
    std::fs::write(&file, &export).unwrap();
    let (code, report) = verify(&env, &["--file", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        (report["records"].as_i64(), report["checkpoints"].as_i64()),
        (Some(4), Some(1))
    );
    // A part of it verifies too.
    let part = env.ok(&["audit", "export", "--after", "2"]).stdout;
    std::fs::write(&file, &part).unwrap();
    assert_eq!(verify(&env, &["--file", file.to_str().unwrap()]).0, 0);

    std::fs::write(&file, export.replace("user2", "userX")).unwrap();
    let (code, report) = verify(&env, &["--file", file.to_str().unwrap()]);
    assert_eq!(
        (code, report["problem"]["record"].as_i64()),
        (1, Some(3)),
        "{report}"
    );
    let mut lines: Vec<&str> = export.lines().collect();
    lines.swap(1, 2);
    std::fs::write(&file, lines.join("\n")).unwrap();
    let (code, report) = verify(&env, &["--file", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(report["problem"]["fault"], "removed", "{report}");
}

#[test]
fn follow_delivers_what_another_process_writes_within_a_second() {
    let env = trail_of(1);
    let mut follower = env.command();
    follower
        .args(["audit", "export", "--after", "2", "--follow"])
        .stdout(Stdio::piped());
    let mut child = follower.spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    std::thread::sleep(Duration::from_millis(500));
    for name in ["carol", "dave"] {
        env.ok(&["users", "create", name, "--no-password"]);
        let written = Instant::now();
        let line: serde_json::Value =
            serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
        assert!(
            written.elapsed() < Duration::from_secs(1),
            "{:?}",
            written.elapsed()
        );
        assert_eq!(
            (line["action"].as_str(), line["target"].as_str()),
            (Some("user.create"), Some(name))
        );
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn pruning_leaves_a_signed_anchor_and_the_rest_still_verifies() {
    let env = trail_of(3);
    let future = "2999-01-01";
    let pruned = env
        .ok(&["-o", "json", "audit", "prune", "--before", future])
        .json();
    assert_eq!(
        (pruned["removed"].as_i64(), pruned["through"].as_i64()),
        (Some(4), Some(4))
    );
    let (code, report) = verify(&env, &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        (report["first"].as_i64(), report["records"].as_i64()),
        (Some(5), Some(1))
    );
    let kept = exported(&env);
    assert_eq!(kept[0]["action"], "audit.prune");
    // The anchor, gone from the store, is still in the checkpoints file.
    env.tamper("DELETE FROM audit_checkpoints;");
    assert_eq!(verify(&env, &[]).0, 0);
    // Without it anywhere, the removal shows.
    std::fs::remove_file(env.dir.path().join("store.checkpoints")).unwrap();
    let (fault, record, _) = fault(&env);
    assert_eq!((fault.as_str(), record), ("removed", 1));
}

#[test]
fn nothing_is_pruned_from_a_trail_that_does_not_verify() {
    let env = trail_of(3);
    env.tamper(&format!(
        "{} DELETE FROM audit WHERE id = 2;",
        env.without_audit_triggers()
    ));
    let run = env.run(&["audit", "prune", "--before", "2999-01-01"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("do not verify"), "{}", run.stderr);
    assert_eq!(exported(&env).len(), 3);
}

#[test]
fn token_ids_and_chosen_emails_are_kept_as_keyed_digests() {
    let env = Env::new();
    env.ok(&[
        "users",
        "create",
        "alice",
        "--no-password",
        "--email",
        "alice@example.com",
    ]);
    let token = env
        .ok(&["-o", "json", "tokens", "create", "ci", "--user", "alice"])
        .json();
    let id = token["id"].as_str().unwrap();
    let digest = env.ok(&["audit", "hash", id]).stdout.trim().to_string();
    assert!(digest.starts_with("hmac-sha256:"), "{digest}");
    let trail = env.ok(&["audit", "export"]).stdout;
    assert!(!trail.contains(id), "{trail}");
    assert!(trail.contains(&digest));
    // Emails are in the clear until the setting says otherwise.
    assert!(trail.contains("alice@example.com"));
    env.ok(&["settings", "set", "audit.digest-emails", "on"]);
    env.ok(&[
        "users",
        "create",
        "bob",
        "--no-password",
        "--email",
        "bob@example.com",
    ]);
    let trail = env.ok(&["audit", "export"]).stdout;
    assert!(!trail.contains("bob@example.com"), "{trail}");
    let bob = env.ok(&["audit", "hash", "bob@example.com"]).stdout;
    assert!(trail.contains(bob.trim()));
    assert_eq!(verify(&env, &[]).0, 0);
}

#[test]
fn checkpoints_are_signed_every_n_records_and_the_key_is_printable() {
    let env = Env::new();
    env.ok(&["settings", "set", "audit.checkpoint-every", "3"]);
    for i in 0..7 {
        env.ok(&["roles", "create", &format!("r{i}")]);
    }
    let file = std::fs::read_to_string(env.dir.path().join("store.checkpoints")).unwrap();
    let seqs: Vec<i64> = file
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["seq"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(seqs, [3, 6, 9]);
    let key = env.ok(&["-o", "json", "audit", "key"]).json();
    let public = key["public_key"].as_str().unwrap();
    assert_eq!(public.len(), 64);
    assert!(file.contains(public));
    let (code, report) = verify(&env, &["--public-key", public]);
    assert_eq!(
        (code, report["checkpoints"].as_i64()),
        (0, Some(3)),
        "{report}"
    );
    // Another key does not vouch for them.
    let other = "11".repeat(32);
    let run = env.run(&["audit", "verify", "--public-key", &other]);
    assert!(run.code == 1 || run.code == 2, "{}", run.stdout);
}

#[test]
fn a_store_made_before_the_chain_gets_one_when_upgraded() {
    let env = trail_of(3);
    let before = exported(&env);
    env.tamper(env.back_to_version_9());
    // SQLite upgrades on open; a shared PostgreSQL store is upgraded by `db upgrade`.
    if env.postgres.is_some() {
        env.ok(&["db", "upgrade"]);
    }
    let (code, report) = verify(&env, &[]);
    assert_eq!(code, 0, "{report}");
    let after = exported(&env);
    for (old, new) in before.iter().zip(&after) {
        assert_eq!(
            (&old["seq"], &old["details"]),
            (&new["seq"], &new["details"])
        );
        // The same content chains to the same hashes.
        assert_eq!(old["hash"], new["hash"]);
    }
    // The hashes, once set, are as fixed as the rest.
    env.tamper(&format!(
        "{} UPDATE audit SET hash = NULL WHERE id = 2;",
        env.without_audit_triggers()
    ));
    assert_eq!(fault(&env).1, 2);
}
