//! Issue 17 (PostgreSQL stores), its first step: the throwaway cluster the PostgreSQL
//! tests run against. It takes scram-sha-256 log-ins over TCP, and TLS with a certificate
//! for 127.0.0.1 that its own CA signed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/postgres.rs"]
mod pg;
mod support;

fn answer(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn the_test_cluster_takes_scram_log_ins_and_verified_tls() {
    let Some(pg) = pg::Postgres::start() else {
        return;
    };
    let plain = pg.psql("SELECT 41 + 1");
    assert_eq!(
        answer(&plain),
        "42",
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let verified = pg.psql_with(
        &format!(
            "host=127.0.0.1 sslmode=verify-full sslrootcert={}",
            pg.ca.display()
        ),
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    );
    assert_eq!(
        answer(&verified),
        "t",
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    // Another CA's certificate check fails.
    let other = tempfile::tempdir().unwrap();
    support::certificates(other.path());
    let refused = pg.psql_with(
        &format!(
            "host=127.0.0.1 sslmode=verify-full sslrootcert={}",
            other.path().join("ca.pem").display()
        ),
        "SELECT 1",
    );
    assert!(!refused.status.success(), "a foreign CA was trusted");
    // And so does a wrong password.
    let wrong = std::process::Command::new("psql")
        .env("PGPASSWORD", "not-it")
        .args(["-X", "-tA", "-d"])
        .arg(format!(
            "host=127.0.0.1 sslmode=disable port={} user={} dbname=postgres",
            pg.port,
            pg::USER
        ))
        .args(["-c", "SELECT 1"])
        .output()
        .unwrap();
    assert!(!wrong.status.success(), "a wrong password logged in");
}
