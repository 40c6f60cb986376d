//! A small harness: a temporary store and the real binary run against it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

pub mod pg;

pub const ADMIN_PASSWORD: &str = "correct-horse-battery";

/// Set to `postgres` to run the tests against PostgreSQL stores (`.ci/run` does, for the
/// test files the README names).
pub const BACKEND_VARIABLE: &str = "FLOWSEC_TEST_BACKEND";

pub struct Env {
    pub dir: tempfile::TempDir,
    /// The SQLite store, or where a test may put SQLite files of its own.
    pub db: PathBuf,
    /// With PostgreSQL: the database's URL with its password, as FLOWSEC_DB holds it.
    pub postgres: Option<String>,
}

/// Whether this run tests PostgreSQL stores.
pub fn on_postgres() -> bool {
    std::env::var(BACKEND_VARIABLE).is_ok_and(|v| v == "postgres")
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    /// `field` of every object in a JSON list on stdout, as text.
    pub fn column(&self, field: &str) -> Vec<String> {
        let list = self.json();
        list.as_array()
            .unwrap()
            .iter()
            .map(|o| o[field].as_str().unwrap().to_string())
            .collect()
    }

    /// Each line of stdout as JSON, as `check --batch` answers.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("line is not JSON ({e}): {l}"))
            })
            .collect()
    }

    pub fn error_kind(&self) -> String {
        let v: serde_json::Value = serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", self.stderr));
        v["error"]["kind"].as_str().unwrap().to_string()
    }
}

impl Env {
    /// A store made by `init`.
    pub fn new() -> Env {
        Env::empty().initialised()
    }

    /// A store made by `init`, in a new database of `server`, whatever the run tests.
    pub fn new_on(server: &pg::Postgres) -> Env {
        Env::empty_on(server).initialised()
    }

    fn initialised(self) -> Env {
        let r = self.run_stdin(
            &["init", "--admin-password-stdin"],
            &format!("{ADMIN_PASSWORD}\n"),
        );
        assert_eq!(r.code, 0, "init: {}", r.stderr);
        self
    }

    /// No store yet.
    pub fn empty() -> Env {
        if on_postgres() {
            return Env::empty_on(pg::shared().expect("PostgreSQL's server is not installed"));
        }
        Env::with_database(None)
    }

    /// No store yet, in a new database of `server`, whatever the run tests.
    pub fn empty_on(server: &pg::Postgres) -> Env {
        Env::with_database(Some(server.database_url(&server.new_database())))
    }

    fn with_database(postgres: Option<String>) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("store.db");
        Env { dir, db, postgres }
    }

    /// The name of the PostgreSQL database, on PostgreSQL.
    pub fn database(&self) -> Option<&str> {
        let url = self.postgres.as_deref()?;
        let (_, path) = url.rsplit_once('/')?;
        path.split('?').next()
    }

    /// What FLOWSEC_DB names.
    pub fn location(&self) -> flowsec::store::Location {
        use flowsec::store::location::{Location, Source};
        let raw = match &self.postgres {
            Some(url) => std::ffi::OsString::from(url),
            None => self.db.clone().into_os_string(),
        };
        Location::parse(&raw, Source::Private)
            .unwrap()
            .with_key_file(&self.key_file())
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_flowsec"));
        let home = self.dir.path();
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"));
        match &self.postgres {
            Some(url) => c
                .env("FLOWSEC_DB", url)
                .env("FLOWSEC_KEY_FILE", self.key_file()),
            None => c.env("FLOWSEC_DB", &self.db),
        };
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        run_command(self.command().args(args), stdin)
    }

    /// Starts flowsec with `args` and SIGKILLs it after `delay`. Returns how it exited
    /// if it finished first, and `None` if the kill cut it off. Returns as soon as it
    /// exits, so a run that fails at once costs no more than the run.
    pub fn kill_after(
        &self,
        args: &[&str],
        delay: std::time::Duration,
    ) -> Option<std::process::ExitStatus> {
        let deadline = std::time::Instant::now() + delay;
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        while std::time::Instant::now() < deadline {
            if let Some(status) = child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        // It may have exited between the last look and the kill.
        status.code().map(|_| status)
    }

    /// Runs and requires exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        r
    }

    pub fn check(&self, args: &[&str]) -> Decision {
        let mut all = vec!["-o", "json", "check"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        assert!(r.code == 0 || r.code == 1, "check {args:?}: {}", r.stderr);
        let d: Decision = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(r.code == 0, d.allowed, "exit code and answer disagree");
        d
    }

    /// Runs with `stdin` and requires exit 0.
    pub fn ok_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let r = self.run_stdin(args, stdin);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        r
    }

    /// Creates an enabled local user with a password and an email address.
    pub fn user(&self, name: &str, password: &str) {
        self.ok_stdin(
            &[
                "users",
                "create",
                name,
                "--email",
                &format!("{name}@example.com"),
                "--password-stdin",
            ],
            &format!("{password}\n"),
        );
    }

    /// The store, opened through the library.
    pub fn store(&self) -> flowsec::store::Store {
        flowsec::store::Store::open(&self.location()).unwrap()
    }

    /// The session file the binary uses for this store (XDG_STATE_HOME is set above).
    pub fn session_file(&self) -> PathBuf {
        self.session_file_in(&self.dir.path().join("state"))
    }

    /// The session file for this store under another state directory.
    pub fn session_file_in(&self, state_home: &Path) -> PathBuf {
        let store_id = self.store().read().store_id().unwrap();
        flowsec::auth::session::file_in(&state_home.join("flowsec"), &store_id)
    }

    /// Every audit record as (action, target), oldest first.
    pub fn audit_actions(&self) -> Vec<(String, String)> {
        let records = self.ok(&["-o", "json", "audit", "list"]).json();
        records
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["action"].as_str().unwrap().to_string(),
                    r["target"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    /// Runs `sql` on the store behind flowsec's back, as someone with write access to it
    /// could: with the `sqlite3` shell on the SQLite file, with psql as the superuser on
    /// PostgreSQL. Requires success; returns what was printed.
    pub fn tamper(&self, sql: &str) -> String {
        let out = self.try_tamper(sql);
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// `tamper`, whether or not the store lets it.
    pub fn try_tamper(&self, sql: &str) -> std::process::Output {
        match self.database() {
            None => Command::new("sqlite3")
                .args(["-bail", "-batch"])
                .arg(&self.db)
                .arg(sql)
                .output()
                .expect("the sqlite3 shell is not installed"),
            Some(database) => pg::shared().unwrap().psql_with(
                &format!("host=127.0.0.1 sslmode=disable dbname={database}"),
                sql,
            ),
        }
    }

    /// The SQL that drops the audit trail's append-only triggers.
    pub fn without_audit_triggers(&self) -> &'static str {
        match self.postgres {
            None => "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;",
            Some(_) => {
                "DROP TRIGGER audit_no_change ON audit; DROP TRIGGER audit_no_truncate ON audit;"
            }
        }
    }

    /// The SQL that takes a store of schema 10 back to 9, as a store made before the
    /// audit trail's chain is: no hashes, checkpoints or digest key.
    pub fn back_to_version_9(&self) -> &'static str {
        match self.postgres {
            None => {
                "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;
                 DROP TABLE audit_checkpoints;
                 ALTER TABLE audit DROP COLUMN hash;
                 ALTER TABLE store_info DROP COLUMN audit_key;
                 CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                     BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                 CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                     BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                 PRAGMA user_version = 9;"
            }
            Some(_) => {
                "DROP TABLE audit_checkpoints;
                 ALTER TABLE audit DROP COLUMN hash;
                 ALTER TABLE store_info DROP COLUMN audit_key;
                 CREATE OR REPLACE FUNCTION flowsec_audit_append_only() RETURNS trigger
                     LANGUAGE plpgsql AS $$
                     BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
                 UPDATE flowsec_schema_version SET version = 9;"
            }
        }
    }

    /// The store as messages and the audit trail name it (never with a password).
    pub fn shown_location(&self) -> String {
        self.location().to_string()
    }

    /// What any write leaves, even one that changes nothing: the store files'
    /// modification times, or the rows PostgreSQL counts as inserted, updated or deleted.
    pub fn write_marks(&self) -> Vec<String> {
        if self.postgres.is_none() {
            return self
                .store_files()
                .iter()
                .map(|(p, _)| format!("{:?}", std::fs::metadata(p).unwrap().modified().unwrap()))
                .collect();
        }
        let server = pg::shared().unwrap();
        let database = self.database().unwrap();
        // A session's backend reports its counts as it exits.
        std::thread::sleep(std::time::Duration::from_millis(300));
        vec![server.psql_in(
            database,
            "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables",
        )]
    }

    /// Whether a write transaction, since killed, had written what it never committed:
    /// SQLite pages spilled to the write-ahead log, or rows PostgreSQL counts as
    /// inserted but no one sees.
    pub fn uncommitted_writes(&self) -> bool {
        if self.postgres.is_none() {
            let mut wal = self.db.clone().into_os_string();
            wal.push("-wal");
            return std::fs::metadata(wal).is_ok_and(|m| m.len() > 0);
        }
        let server = pg::shared().unwrap();
        let database = self.database().unwrap();
        // The killed session's backend reports its counts as it exits.
        std::thread::sleep(std::time::Duration::from_millis(300));
        let count = |sql: &str| server.psql_in(database, sql).parse::<i64>().unwrap();
        let inserted = count("SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables");
        let live = count("SELECT count(*) FROM users") + count("SELECT count(*) FROM grants");
        inserted > live + count("SELECT count(*) FROM audit") + 200
    }

    /// Everything the store holds: the SQLite file's bytes, or every cell of every table
    /// of the PostgreSQL database, rows in order (for "nothing changed" and "no
    /// plaintext" checks alike).
    pub fn db_bytes(&self) -> Vec<u8> {
        if self.postgres.is_none() {
            return std::fs::read(&self.db).unwrap();
        }
        use flowsec::store::copy::{Cell, TABLES};
        let store = self.store();
        let mut out = Vec::new();
        for (table, columns) in TABLES {
            let mut rows = Vec::new();
            store
                .read()
                .read_rows(table, columns, &mut |row| {
                    rows.push(row.to_vec());
                    Ok(())
                })
                .unwrap();
            rows.sort();
            out.extend_from_slice(format!("\n{table}\n").as_bytes());
            for row in rows {
                for cell in row {
                    match cell {
                        Cell::Null => out.extend_from_slice(b"NULL"),
                        Cell::Integer(n) => out.extend_from_slice(n.to_string().as_bytes()),
                        Cell::Text(text) => out.extend_from_slice(text.as_bytes()),
                        Cell::Blob(bytes) => out.extend_from_slice(&bytes),
                    }
                    out.push(0);
                }
                out.push(b'\n');
            }
        }
        out
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The key file `init` writes beside the store.
    pub fn key_file(&self) -> PathBuf {
        self.db.with_extension("key")
    }

    /// Stores a secret through `secrets set --value-stdin` and requires exit 0.
    pub fn set_secret(&self, target: &str, field: &str, value: &str) {
        let r = self.run_stdin(&["secrets", "set", target, field, "--value-stdin"], value);
        assert_eq!(r.code, 0, "secrets set {target} {field}: {}", r.stderr);
    }

    /// The raw bytes of the store and of whichever of its journals exist (on PostgreSQL,
    /// everything the database holds, as `db_bytes`).
    pub fn store_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        if let Some(url) = &self.postgres {
            return vec![(PathBuf::from(url), self.db_bytes())];
        }
        ["", "-wal", "-shm", "-journal"]
            .iter()
            .map(|suffix| {
                let mut path = self.db.clone().into_os_string();
                path.push(suffix);
                PathBuf::from(path)
            })
            .filter(|p| p.exists())
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect()
    }
}

/// Runs flowsec with `-o json`, acting as the token's user.
pub fn as_token(env: &Env, secret: &str, args: &[&str]) -> Run {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    run_command(env.command().env("FLOWSEC_TOKEN", secret).args(&all), "")
}

/// Requires a refusal to the acting user: exit 2, kind `forbidden`.
pub fn forbidden(r: &Run) {
    fails_with(r, "forbidden");
}

/// Requires an error (exit 2, with `-o json`) of `kind`.
pub fn fails_with(r: &Run, kind: &str) {
    assert_eq!(
        r.code, 2,
        "expected an error of kind {kind}: {} {}",
        r.stdout, r.stderr
    );
    assert_eq!(r.error_kind(), kind, "{}", r.stderr);
}

/// Longer than any one command in the tests takes; a hang fails the test instead of
/// holding CI until its own limit.
const RUN_LIMIT: std::time::Duration = std::time::Duration::from_secs(300);

pub fn run_command(command: &mut Command, stdin: impl AsRef<[u8]>) -> Run {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.as_ref().to_vec();
    let fed = std::thread::spawn(move || {
        // A command may exit before reading its input (a refusal): that is not a failure.
        if let Err(e) = input.write_all(&stdin) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    });
    let out = finish(child);
    fed.join().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Waits for `child` as `wait_with_output` does, but kills it and fails the test if it
/// runs past `RUN_LIMIT`.
pub fn finish(child: std::process::Child) -> std::process::Output {
    finish_within(child, RUN_LIMIT)
}

pub fn finish_within(
    mut child: std::process::Child,
    limit: std::time::Duration,
) -> std::process::Output {
    use std::io::Read;
    fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_end(&mut bytes).unwrap();
            }
            bytes
        })
    }
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let deadline = std::time::Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("process {} was still running after {limit:?}", child.id());
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    };
    std::process::Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// The check answer, read strictly so that any change of shape fails.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub allowed: bool,
    pub subject: Subject,
    pub results: Vec<PermissionResult>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub user: String,
    pub anonymous: bool,
    pub rejected: Option<String>,
    /// Present only when the decision was made through a token.
    #[serde(default)]
    pub token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermissionResult {
    pub permission: String,
    pub allowed: bool,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub kind: String,
    pub role: Option<String>,
    pub why: Option<String>,
}

impl Decision {
    pub fn kinds(&self, index: usize) -> Vec<String> {
        self.results[index]
            .reasons
            .iter()
            .map(|r| r.kind.clone())
            .collect()
    }
}

/// Starts every command at once and requires each to exit 0.
pub fn all_succeed(commands: impl IntoIterator<Item = Command>) {
    let children: Vec<_> = commands
        .into_iter()
        .map(|mut c| {
            c.stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
    }
}

/// A CA and a certificate for 127.0.0.1 signed by it, made with the openssl command.
pub fn certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .current_dir(dir)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=flowsec test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    ]);
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.pem",
    ]);
    // A server refuses a key others may read.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
}

/// A port nothing listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
