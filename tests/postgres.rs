//! Issue 17 (PostgreSQL stores), its first step: the throwaway cluster the PostgreSQL
//! tests run against. It takes scram-sha-256 log-ins over TCP, and TLS with a certificate
//! for 127.0.0.1 that its own CA signed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::{Env, finish, pg};

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

/// The database's URL as `--db` may name it: no password.
fn bare(env: &Env) -> String {
    env.postgres
        .as_ref()
        .unwrap()
        .replace(&format!(":{}@", pg::PASSWORD), "@")
}

/// Runs flowsec on `env`'s database named without its password, with `vars` set.
fn without_password(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> support::Run {
    let mut command = env.command();
    command
        .env("FLOWSEC_DB", bare(env))
        .env_remove("PGPASSWORD");
    for (name, value) in vars {
        command.env(name, value);
    }
    support::run_command(command.args(args), "")
}

fn refused_without_showing(r: &support::Run, says: &str) {
    assert_eq!(r.code, 2, "{} {}", r.stdout, r.stderr);
    assert!(r.stderr.contains(says), "{}", r.stderr);
    assert!(!r.stderr.contains(pg::PASSWORD), "{}", r.stderr);
    assert!(!r.stdout.contains(pg::PASSWORD), "{}", r.stdout);
}

#[test]
fn the_password_comes_from_every_place_the_contract_names_and_never_from_argv() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::empty_on(server);
    // FLOWSEC_DB may hold it.
    let made = env.run_stdin(
        &["init", "--admin-password-stdin"],
        &format!("{}\n", support::ADMIN_PASSWORD),
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let list = ["-o", "json", "users", "list"];
    // --db may not: refused, unechoed, before anything connects.
    let on_argv = support::run_command(
        env.command()
            .args(["-o", "json", "--db", env.postgres.as_ref().unwrap()])
            .args(&list[2..]),
        "",
    );
    refused_without_showing(&on_argv, "holds a password");
    assert_eq!(on_argv.error_kind(), "usage");

    // None at all: where one may come from.
    let home = env.path("home");
    std::fs::create_dir(&home).unwrap();
    let nowhere = [("HOME", home.to_str().unwrap())];
    let none = without_password(&env, &nowhere, &list);
    refused_without_showing(&none, "asks for a password");
    assert!(none.stderr.contains("PGPASSWORD"), "{}", none.stderr);

    // A wrong one.
    let wrong = without_password(&env, &[("PGPASSWORD", "not-the-password")], &list);
    refused_without_showing(&wrong, "password authentication failed");
    assert!(!wrong.stderr.contains("not-the-password"));

    // PGPASSWORD.
    let from_env = without_password(&env, &[("PGPASSWORD", pg::PASSWORD)], &list);
    assert_eq!(from_env.code, 0, "{}", from_env.stderr);

    // The config file.
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        format!("db = \"{}\"\n", env.postgres.as_ref().unwrap()),
    )
    .unwrap();
    let mut from_config = env.command();
    from_config
        .env_remove("FLOWSEC_DB")
        .env("FLOWSEC_CONFIG", &config)
        .args(list);
    let from_config = support::run_command(&mut from_config, "");
    assert_eq!(from_config.code, 0, "{}", from_config.stderr);

    // The pgpass file, which only its owner may read.
    let pgpass = env.path("pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "127.0.0.1:{}:*:{}:{}\n",
            server.port,
            pg::USER,
            pg::PASSWORD
        ),
    )
    .unwrap();
    let set_mode = |mode| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set_mode(0o600);
    let with_pgpass = [
        ("HOME", home.to_str().unwrap()),
        ("PGPASSFILE", pgpass.to_str().unwrap()),
    ];
    let from_pgpass = without_password(&env, &with_pgpass, &list);
    assert_eq!(from_pgpass.code, 0, "{}", from_pgpass.stderr);
    set_mode(0o644);
    let open_pgpass = without_password(&env, &with_pgpass, &list);
    refused_without_showing(&open_pgpass, "chmod 600");
    set_mode(0o600);

    // The sealed password: checked by logging in first, so a wrong one is never kept.
    let sealed = env.key_file().with_extension("dbpass");
    let seal = |password: &str| {
        let mut command = env.command();
        command
            .env("FLOWSEC_DB", bare(&env))
            .env("PGPASSWORD", pg::PASSWORD)
            .args(["-o", "json", "db", "password", "--password-stdin"]);
        support::run_command(&mut command, format!("{password}\n"))
    };
    let bad_seal = seal("not-the-password");
    refused_without_showing(&bad_seal, "password authentication failed");
    assert!(
        !sealed.exists(),
        "a password that does not log in was sealed"
    );
    let sealed_now = seal(pg::PASSWORD);
    assert_eq!(sealed_now.code, 0, "{}", sealed_now.stderr);
    let text = std::fs::read_to_string(&sealed).unwrap();
    assert!(!text.contains(pg::PASSWORD), "the password is in plaintext");
    let from_sealed = without_password(&env, &nowhere, &list);
    assert_eq!(from_sealed.code, 0, "{}", from_sealed.stderr);

    // `encrypt rotate` seals it again under the new key, which opens it.
    let key_of = || {
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&sealed).unwrap()).unwrap();
        doc["key"].as_str().unwrap().to_string()
    };
    let before = key_of();
    let rotated = without_password(&env, &nowhere, &["-o", "json", "encrypt", "rotate"]);
    assert_eq!(rotated.code, 0, "{}", rotated.stderr);
    assert_ne!(key_of(), before, "the sealed password was not sealed again");
    assert_eq!(rotated.json()["key"].as_str().unwrap(), key_of());
    let after_rotation = without_password(&env, &nowhere, &list);
    assert_eq!(after_rotation.code, 0, "{}", after_rotation.stderr);
}

#[test]
fn tls_is_what_libpq_s_sslmode_says() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::new_on(server);
    let other = tempfile::tempdir().unwrap();
    support::certificates(other.path());
    let foreign = other.path().join("ca.pem");
    let ours = server.ca.clone();
    let database = env.database().unwrap();
    let run = |host: &str, params: &str| {
        let url = format!(
            "postgres://{}:{}@{host}:{}/{database}?{params}",
            pg::USER,
            pg::PASSWORD,
            server.port
        );
        support::run_command(
            env.command()
                .env("FLOWSEC_DB", url)
                .args(["-o", "json", "users", "list"]),
            "",
        )
    };
    let passes = |host: &str, params: String| {
        let r = run(host, &params);
        assert_eq!(r.code, 0, "{host} {params}: {}", r.stderr);
    };
    let fails = |host: &str, params: String, says: &str| {
        let r = run(host, &params);
        assert_eq!(r.code, 2, "{host} {params} was accepted");
        assert!(r.stderr.contains(says), "{host} {params}: {}", r.stderr);
        assert!(!r.stderr.contains(pg::PASSWORD), "{}", r.stderr);
    };
    let root = |ca: &std::path::Path| format!("sslrootcert={}", ca.display());
    passes("127.0.0.1", format!("sslmode=verify-full&{}", root(&ours)));
    fails(
        "127.0.0.1",
        format!("sslmode=verify-full&{}", root(&foreign)),
        "certificate",
    );
    // The certificate names 127.0.0.1, not localhost: verify-ca does not care.
    fails(
        "localhost",
        format!("sslmode=verify-full&{}", root(&ours)),
        "certificate",
    );
    passes("localhost", format!("sslmode=verify-ca&{}", root(&ours)));
    fails(
        "127.0.0.1",
        format!("sslmode=verify-ca&{}", root(&foreign)),
        "certificate",
    );
    // require: encrypted, any certificate, unless a root is named (then as verify-ca).
    passes("127.0.0.1", "sslmode=require".into());
    fails(
        "127.0.0.1",
        format!("sslmode=require&{}", root(&foreign)),
        "certificate",
    );
    passes("127.0.0.1", "sslmode=prefer".into());
    passes("127.0.0.1", "sslmode=disable".into());
    fails("127.0.0.1", "sslmode=sometimes".into(), "sslmode");
    fails(
        "127.0.0.1",
        format!(
            "sslmode=verify-full&sslrootcert={}",
            env.path("none.pem").display()
        ),
        "sslrootcert",
    );
}

#[test]
fn a_server_that_never_answers_is_given_up_on_after_connect_timeout() {
    // Accepts connections and says nothing.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let env = Env::empty();
    let started = std::time::Instant::now();
    let r = support::run_command(
        env.command()
            .env(
                "FLOWSEC_DB",
                format!("postgres://u:secret-pw@127.0.0.1:{port}/db?connect_timeout=1"),
            )
            .args(["-o", "json", "users", "list"]),
        "",
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did not answer within 1 s"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("secret-pw"));
    drop(silent);
}

#[test]
fn an_older_or_newer_schema_is_refused_and_db_upgrade_runs_once_from_many_hosts() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::new_on(server);
    // init refuses a database that holds a store, before asking for anything.
    let again = env.run(&["-o", "json", "init", "--admin-password-stdin"]);
    support::fails_with(&again, "conflict");
    let database = env.database().unwrap();
    let latest = flowsec::store::copy::SCHEMA_VERSION;
    support::all_succeed((0..4).map(|_| {
        let mut c = env.command();
        c.args(["db", "upgrade"]);
        c
    }));
    let audit_rows = || server.psql_in(database, "SELECT count(*) FROM audit");
    let before = audit_rows();

    server.psql_in(database, "UPDATE flowsec_schema_version SET version = 99");
    for args in [&["users", "list"][..], &["db", "upgrade"]] {
        let newer = env.run(args);
        assert_eq!(newer.code, 2, "{args:?}");
        assert!(
            newer.stderr.contains("99") && newer.stderr.contains(&latest.to_string()),
            "{}",
            newer.stderr
        );
    }
    server.psql_in(
        database,
        &format!("UPDATE flowsec_schema_version SET version = {}", latest - 1),
    );
    let older = env.run(&["users", "list"]);
    assert_eq!(older.code, 2);
    assert!(
        older.stderr.contains("flowsec db upgrade"),
        "{}",
        older.stderr
    );
    server.psql_in(
        database,
        &format!("UPDATE flowsec_schema_version SET version = {latest}"),
    );
    assert_eq!(
        audit_rows(),
        before,
        "an upgrade with nothing to do recorded one"
    );
    env.ok(&["users", "list"]);
}

/// Version 9's grant indexes and reference triggers replace version 8's foreign keys;
/// this puts version 8's back, as a store made before it has them.
const BACK_TO_VERSION_8: &str = "
    DROP FUNCTION flowsec_grants_refer, flowsec_members_refer, flowsec_user_gone,
        flowsec_role_gone, flowsec_item_gone CASCADE;
    DROP INDEX grants_by_user, grants_by_role;
    CREATE UNIQUE INDEX grants_unique ON grants (
        COALESCE(user_id, 0), COALESCE(role_id, 0), category, COALESCE(item_id, 0), action);
    CREATE INDEX grants_by_user ON grants (user_id, category, item_id, action)
        WHERE user_id IS NOT NULL;
    CREATE INDEX grants_by_role ON grants (role_id, category, item_id, action)
        WHERE role_id IS NOT NULL;
    CREATE INDEX grants_by_permission ON grants (category, action, item_id);
    ALTER TABLE grants ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (role_id) REFERENCES roles(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (item_id) REFERENCES items(id) ON DELETE CASCADE;
    ALTER TABLE role_members ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
        ADD FOREIGN KEY (role_id) REFERENCES roles(id) ON DELETE CASCADE;
    UPDATE flowsec_schema_version SET version = 8;";

#[test]
fn a_version_8_store_upgrades_keeping_its_grants_and_their_rules() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::new_on(server);
    let manifest = env.path("m.toml");
    std::fs::write(
        &manifest,
        "[roles.team]\npermissions = [\"jobs:access\", \"repositories:create\"]\n\n\
         [users.ann]\nemail = \"ann@example.com\"\nroles = [\"team\"]\n\
         permissions = [\"repositories:create\"]\n\n\
         [users.ben]\nemail = \"ben@example.com\"\nroles = [\"team\"]\n",
    )
    .unwrap();
    env.ok(&["apply", manifest.to_str().unwrap()]);
    let database = env.database().unwrap();
    let before = env.ok(&["export"]).stdout;
    server.psql_in(database, env.back_to_version_9());
    server.psql_in(database, BACK_TO_VERSION_8);
    support::all_succeed((0..4).map(|_| {
        let mut c = env.command();
        c.args(["db", "upgrade"]);
        c
    }));
    let status = env.ok(&["-o", "json", "db", "status"]).json();
    assert_eq!(
        status["schema_version"],
        flowsec::store::copy::SCHEMA_VERSION
    );
    assert_eq!(
        env.ok(&["export"]).stdout,
        before,
        "the upgrade kept every record"
    );
    let count = |sql: &str| server.psql_in(database, sql);
    let duplicate = server.psql_with(
        &format!("host=127.0.0.1 sslmode=disable dbname={database}"),
        "INSERT INTO grants (role_id, category, item_id, action)
         SELECT role_id, category, item_id, action FROM grants WHERE role_id IS NOT NULL",
    );
    assert!(!duplicate.status.success(), "a grant is still kept once");
    let orphans = |kind: &str| {
        let table = format!("{kind}s");
        [
            count(&format!(
                "SELECT count(*) FROM grants WHERE {kind}_id NOT IN (SELECT id FROM {table})"
            )),
            count(&format!(
                "SELECT count(*) FROM role_members WHERE {kind}_id NOT IN (SELECT id FROM {table})"
            )),
        ]
    };
    env.ok(&["users", "remove", "ann"]);
    assert_eq!(
        orphans("user"),
        ["0", "0"],
        "a user's grants and memberships go with it"
    );
    let team_members = "SELECT count(*) FROM role_members m JOIN roles r ON r.id = m.role_id
                        WHERE r.name = 'team'";
    assert_eq!(count(team_members), "1");
    env.ok(&["roles", "remove", "team"]);
    assert_eq!(
        orphans("role"),
        ["0", "0"],
        "a role's grants and memberships go with it"
    );
}

/// A manifest big enough that applying or copying it takes a while.
fn large_manifest(users: usize) -> String {
    let mut text = String::from("[roles.team]\npermissions = [\"jobs:access\"]\n\n");
    for u in 0..users {
        text.push_str(&format!(
            "[users.u{u}]\nemail = \"u{u}@example.com\"\nroles = [\"team\"]\npermissions = [\"repositories:create\"]\n\n"
        ));
    }
    text
}

/// Ends, from the server's side, the session of a flowsec writer in `database` once it
/// holds the write lock (so in the middle of its transaction); returns when it did.
fn cut_the_writer_of(
    server: &pg::Postgres,
    database: &str,
    child: &mut std::process::Child,
) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        let cut = server.psql_in(
            "postgres",
            &format!(
                "SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l \
                 JOIN pg_stat_activity a ON a.pid = l.pid \
                 WHERE l.locktype = 'advisory' AND l.granted AND a.datname = '{database}'"
            ),
        );
        if cut != "0" {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    false
}

#[test]
fn a_connection_cut_in_the_middle_of_an_apply_or_a_copy_changes_nothing() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::new_on(server);
    let manifest = env.path("large.toml");
    std::fs::write(&manifest, large_manifest(3000)).unwrap();
    let before = env.ok(&["export"]).stdout;
    let mut apply = env
        .command()
        .args(["-o", "json", "apply", manifest.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    assert!(
        cut_the_writer_of(server, env.database().unwrap(), &mut apply),
        "the apply ended before its connection could be cut"
    );
    let out = finish(apply);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("\"kind\":\"store\""), "{stderr}");
    assert!(!stderr.contains(pg::PASSWORD), "{stderr}");
    assert_eq!(
        env.ok(&["export"]).stdout,
        before,
        "a cut apply left changes"
    );
    // The store still works: the same apply goes through.
    env.ok(&["apply", manifest.to_str().unwrap()]);

    // A copy into a new database, cut: the database is left empty, ready for another.
    let target = server.new_database();
    let mut copy = env
        .command()
        .args(["-o", "json", "db", "copy", "--to"])
        .arg(
            server
                .database_url(&target)
                .replace(&format!(":{}@", pg::PASSWORD), "@"),
        )
        .env("PGPASSWORD", pg::PASSWORD)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    assert!(
        cut_the_writer_of(server, &target, &mut copy),
        "the copy ended before its connection could be cut"
    );
    let out = finish(copy);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        server.psql_in(
            &target,
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ),
        "0",
        "a cut copy left tables behind"
    );
    assert!(
        !env.audit_actions()
            .iter()
            .any(|(action, _)| action == "store.copy"),
        "a copy that failed was recorded as made"
    );
}

#[test]
fn many_writers_at_once_lose_nothing_and_readers_see_whole_changes() {
    let Some(server) = pg::shared() else {
        return;
    };
    let env = Env::new_on(server);
    let writers = 8;
    let each = 6;
    let mut commands = Vec::new();
    for w in 0..writers {
        let mut c = env.command();
        // Each writer makes a role and, in one apply, users that are members of it.
        let manifest = env.path(&format!("w{w}.toml"));
        let mut text = format!("[roles.w{w}]\npermissions = [\"jobs:access\"]\n\n");
        for u in 0..each {
            text.push_str(&format!("[users.w{w}u{u}]\nroles = [\"w{w}\"]\n\n"));
        }
        std::fs::write(&manifest, text).unwrap();
        c.args(["apply", manifest.to_str().unwrap()]);
        commands.push(c);
        let mut c = env.command();
        c.args(["users", "create", &format!("solo{w}"), "--no-password"]);
        commands.push(c);
        let mut c = env.command();
        c.args(["check", "--user", "admin", "security:manage"]);
        commands.push(c);
    }
    support::all_succeed(commands);
    let users = env.ok(&["-o", "json", "users", "list"]).json();
    assert_eq!(users.as_array().unwrap().len(), 4 + writers * (each + 1));
    for w in 0..writers {
        let decision = env.check(&["--user", &format!("w{w}u{}", each - 1), "jobs:access"]);
        assert!(decision.allowed, "writer {w}'s apply is incomplete");
    }
    let applies = env
        .audit_actions()
        .iter()
        .filter(|(action, _)| action == "manifest.apply")
        .count();
    assert_eq!(applies, writers);
}
