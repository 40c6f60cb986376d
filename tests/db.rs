//! `flowsec db`: the store's status, its schema, and a whole copy of it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use flowsec::store::Store;
use flowsec::store::copy::{Cell, TABLES};
use flowsec::store::location::{Location, Source};
use support::{Env, as_token, fails_with, forbidden, pg, run_command};

type Rows = Vec<(&'static str, Vec<Vec<Cell>>)>;

/// Every row of every table, as the store interface reads them.
fn rows(location: &Location) -> Rows {
    let store = Store::open(location).unwrap();
    TABLES
        .iter()
        .map(|(table, columns)| {
            let mut found = Vec::new();
            store
                .read()
                .read_rows(table, columns, &mut |row| {
                    found.push(row.to_vec());
                    Ok(())
                })
                .unwrap();
            // Where a backend keeps a row is no part of it.
            found.sort();
            (*table, found)
        })
        .collect()
}

/// A store with something in every kind of record that matters to a copy: a password,
/// a token, a secret, a setting, a grant on an item, a session.
fn busy_store() -> (Env, String) {
    let env = Env::new();
    env.user("alice", "Wonderland-Key-7");
    env.ok(&["items", "create", "connections/Warehouse"]);
    env.ok(&[
        "perms",
        "grant",
        "--user",
        "alice",
        "connections/Warehouse:access",
    ]);
    env.set_secret("connections/Warehouse", "password", "pw-of-the-warehouse");
    env.ok(&["settings", "set", "password.min-length", "12"]);
    let token = env
        .ok(&["-o", "json", "tokens", "create", "ci", "--user", "alice"])
        .json()["token"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok_stdin(
        &["auth", "login", "alice", "--password-stdin"],
        "Wonderland-Key-7\n",
    );
    env.ok(&["auth", "logout"]);
    (env, token)
}

#[test]
fn a_copy_is_the_same_store_record_for_record_and_opens_with_the_same_key_file() {
    let (env, token) = busy_store();
    let before = rows(&env.location());
    let copy = env.path("backup/copy.db");
    let out = env
        .ok(&["-o", "json", "db", "copy", "--to", copy.to_str().unwrap()])
        .json();
    let total: usize = before.iter().map(|(_, r)| r.len()).sum();
    assert_eq!(out["records"], total);
    assert!(
        rows(&Location::Sqlite(copy.clone())) == before,
        "the copy differs from its source"
    );

    // The source records that it was copied, and where.
    let after = rows(&env.location());
    let audit =
        |r: &[(&str, Vec<Vec<Cell>>)]| r.iter().find(|(t, _)| *t == "audit").unwrap().1.len();
    assert_eq!(audit(&after), audit(&before) + 1);
    let trail = env
        .ok(&["-o", "json", "audit", "list", "--limit", "1"])
        .json();
    assert_eq!(trail[0]["action"], "store.copy");
    assert_eq!(trail[0]["target"], copy.to_str().unwrap());

    // The copy is a store like any: its secrets open with the source's key file, its
    // tokens and passwords work.
    let on_copy = |args: &[&str], stdin: &str| {
        run_command(
            env.command()
                .env("FLOWSEC_DB", &copy)
                .env("FLOWSEC_KEY_FILE", env.key_file())
                .args(args),
            stdin,
        )
    };
    let secret = on_copy(&["secrets", "get", "connections/Warehouse", "password"], "");
    assert_eq!(secret.code, 0, "{}", secret.stderr);
    assert_eq!(secret.stdout.trim_end(), "pw-of-the-warehouse");
    let verified = on_copy(
        &["auth", "verify", "alice", "--password-stdin"],
        "Wonderland-Key-7\n",
    );
    assert_eq!(verified.code, 0, "{}", verified.stderr);
    let checked = run_command(
        env.command()
            .env("FLOWSEC_DB", &copy)
            .env("FLOWSEC_TOKEN", &token)
            .args(["check", "connections/Warehouse:access"]),
        "",
    );
    assert_eq!(checked.code, 0, "{}", checked.stderr);
}

#[test]
fn a_copy_never_overwrites_and_never_goes_to_a_url() {
    let (env, _) = busy_store();
    let taken = env.path("taken.db");
    env.ok(&["db", "copy", "--to", taken.to_str().unwrap()]);
    let bytes = std::fs::read(&taken).unwrap();
    let again = env.run(&["-o", "json", "db", "copy", "--to", taken.to_str().unwrap()]);
    fails_with(&again, "conflict");
    assert!(
        std::fs::read(&taken).unwrap() == bytes,
        "an existing store was touched"
    );
    let nowhere = format!(
        "postgres://flowsec@127.0.0.1:{}/flowsec",
        support::free_port()
    );
    let pg = env.run(&["db", "copy", "--to", &nowhere]);
    assert_eq!(pg.code, 2);
    assert!(pg.stderr.contains("cannot connect"), "{}", pg.stderr);
    let with_password = env.run(&[
        "db",
        "copy",
        "--to",
        "postgres://flowsec:hunter2@127.0.0.1/flowsec",
    ]);
    assert_eq!(with_password.code, 2);
    assert!(!with_password.stderr.contains("hunter2"));
    let other = env.run(&["-o", "json", "db", "copy", "--to", "ftp://host/file"]);
    fails_with(&other, "usage");
    assert!(
        !env.path("ftp:").exists(),
        "a URL was taken for a file name"
    );
}

#[test]
fn status_reports_the_kind_schema_and_counts() {
    let (env, _) = busy_store();
    let status = env.ok(&["-o", "json", "db", "status"]).json();
    let kind = if env.postgres.is_some() {
        "postgresql"
    } else {
        "sqlite"
    };
    assert_eq!(status["kind"], kind);
    assert_eq!(status["location"], env.shown_location());
    assert!(!env.shown_location().contains(pg::PASSWORD));
    assert_eq!(
        status["schema_version"],
        flowsec::store::copy::SCHEMA_VERSION
    );
    assert_eq!(status["records"]["users"], 5);
    assert_eq!(status["records"]["secrets"], 1);
    assert_eq!(status["records"]["tokens"], 1);
    let upgraded = env.ok(&["-o", "json", "db", "upgrade"]).json();
    assert_eq!(
        upgraded["schema_version"],
        flowsec::store::copy::SCHEMA_VERSION
    );
}

#[test]
fn a_copy_and_an_upgrade_are_for_the_local_administrator_only() {
    let (env, token) = busy_store();
    // alice holds no security:manage: not even the status.
    forbidden(&as_token(&env, &token, &["db", "status"]));
    env.ok(&["perms", "grant", "--user", "alice", "security:manage"]);
    assert_eq!(as_token(&env, &token, &["db", "status"]).code, 0);
    let copy = env.path("stolen.db");
    forbidden(&as_token(
        &env,
        &token,
        &["db", "copy", "--to", copy.to_str().unwrap()],
    ));
    assert!(!copy.exists());
    forbidden(&as_token(&env, &token, &["db", "upgrade"]));
}

/// SQLite to PostgreSQL is the way to a shared store, PostgreSQL to SQLite a backup: both
/// keep every record, and the same key file opens every copy.
#[test]
fn a_copy_goes_both_ways_between_sqlite_and_postgresql() {
    let Some(server) = pg::shared() else {
        return;
    };
    let (env, token) = busy_store();
    let before = rows(&env.location());
    let database = server.new_database();
    // --to takes no password: PGPASSWORD gives it.
    let to_pg = format!(
        "postgres://{}@127.0.0.1:{}/{database}?sslmode=disable",
        pg::USER,
        server.port
    );
    let copied = run_command(
        env.command()
            .env("PGPASSWORD", pg::PASSWORD)
            .args(["-o", "json", "db", "copy", "--to", &to_pg]),
        "",
    );
    assert_eq!(copied.code, 0, "{}", copied.stderr);
    let on_pg = Location::parse(server.database_url(&database).as_ref(), Source::Private).unwrap();
    let pg_rows = rows(&on_pg);
    assert!(pg_rows == before, "the PostgreSQL copy differs");
    // A second copy into it is refused: it is not empty.
    let again = run_command(
        env.command()
            .env("PGPASSWORD", pg::PASSWORD)
            .args(["-o", "json", "db", "copy", "--to", &to_pg]),
        "",
    );
    fails_with(&again, "conflict");

    // Back again, from PostgreSQL to a SQLite file.
    let backup = env.path("backup.db");
    let on_copy = |args: &[&str], stdin: &str| {
        run_command(
            env.command()
                .env("FLOWSEC_DB", server.database_url(&database))
                .env("FLOWSEC_KEY_FILE", env.key_file())
                .args(args),
            stdin,
        )
    };
    let back = on_copy(&["db", "copy", "--to", backup.to_str().unwrap()], "");
    assert_eq!(back.code, 0, "{}", back.stderr);
    assert!(
        rows(&Location::Sqlite(backup)) == pg_rows,
        "the backup differs from the PostgreSQL store"
    );
    let secret = on_copy(&["secrets", "get", "connections/Warehouse", "password"], "");
    assert_eq!(secret.code, 0, "{}", secret.stderr);
    assert_eq!(secret.stdout.trim_end(), "pw-of-the-warehouse");
    let checked = run_command(
        env.command()
            .env("FLOWSEC_DB", server.database_url(&database))
            .env("FLOWSEC_TOKEN", &token)
            .args(["check", "connections/Warehouse:access"]),
        "",
    );
    assert_eq!(checked.code, 0, "{}", checked.stderr);
}
