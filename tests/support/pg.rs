//! A throwaway PostgreSQL cluster (Debian's server) on 127.0.0.1 for the PostgreSQL
//! tests: `initdb` in a temporary folder (as the `postgres` OS user when running as root,
//! which initdb refuses), scram-sha-256 and TLS on, a free port; killed when dropped.
//! `shared()` is one cluster for a whole test binary, in which each test makes a database
//! of its own; it is stopped and removed when the binary exits.

use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Where Debian keeps the server's programs: `/usr/lib/postgresql/VERSION/bin`, the newest.
fn bin() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| Some(e.ok()?.path().join("bin")))
        .filter(|bin| bin.join("postgres").exists())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}
/// Set by `.ci/run`: there a missing server fails the tests instead of skipping them.
const CI_VARIABLE: &str = "FLOWSEC_CI";
/// The cluster's superuser, whose database the tests use.
pub const USER: &str = "flowsec";
pub const PASSWORD: &str = "pg-Secret-7f3a";

pub struct Postgres {
    child: Child,
    pub port: u16,
    /// The CA that signed the server's certificate (for 127.0.0.1).
    pub ca: PathBuf,
    dir: tempfile::TempDir,
}

/// The uid and gid the server runs as: `postgres` when this is root (initdb refuses root).
fn server_user() -> Option<(u32, u32)> {
    if flowsec::files::own_uid() != 0 {
        return None;
    }
    let user = nix::unistd::User::from_name("postgres")
        .unwrap()
        .expect("no `postgres` OS user: is Debian's postgresql package installed?");
    Some((user.uid.as_raw(), user.gid.as_raw()))
}

fn as_server(command: &mut Command, user: Option<(u32, u32)>) -> &mut Command {
    if let Some((uid, gid)) = user {
        command.uid(uid).gid(gid);
    }
    command
}

fn give(path: &Path, user: Option<(u32, u32)>) {
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(path, Some(uid), Some(gid)).unwrap();
    }
}

impl Postgres {
    /// Starts a cluster. Without the server installed the test is skipped, loudly, except
    /// under CI, where that is a failure.
    pub fn start() -> Option<Postgres> {
        let Some(bin) = bin() else {
            assert!(
                std::env::var_os(CI_VARIABLE).is_none(),
                "PostgreSQL's server is not installed, and {CI_VARIABLE} says it must be"
            );
            eprintln!("!!! SKIPPED: PostgreSQL's server is not installed (/usr/lib/postgresql)");
            return None;
        };
        let user = server_user();
        let dir = tempfile::tempdir().unwrap();
        give(dir.path(), user);
        let data = dir.path().join("data");
        let password_file = dir.path().join("password");
        std::fs::write(&password_file, PASSWORD).unwrap();
        give(&password_file, user);
        let out = as_server(&mut Command::new(bin.join("initdb")), user)
            .args([
                "-D",
                data.to_str().unwrap(),
                "-U",
                USER,
                "-A",
                "scram-sha-256",
            ])
            .arg(format!("--pwfile={}", password_file.display()))
            .args(["-E", "UTF8", "--locale=C.UTF-8"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        super::certificates(dir.path());
        for file in ["server.key", "server.pem", "ca.pem"] {
            give(&dir.path().join(file), user);
        }
        std::fs::write(
            data.join("pg_hba.conf"),
            "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n",
        )
        .unwrap();
        let port = super::free_port();
        let setting = |name: &str, value: String| format!("--{name}={value}");
        let child = as_server(&mut Command::new(bin.join("postgres")), user)
            .args(["-D", data.to_str().unwrap()])
            .arg(setting("port", port.to_string()))
            .arg(setting("listen_addresses", "127.0.0.1".into()))
            .arg(setting(
                "unix_socket_directories",
                dir.path().display().to_string(),
            ))
            .arg(setting("ssl", "on".into()))
            .arg(setting(
                "ssl_cert_file",
                dir.path().join("server.pem").display().to_string(),
            ))
            .arg(setting(
                "ssl_key_file",
                dir.path().join("server.key").display().to_string(),
            ))
            // A test cluster need not survive a crash.
            .arg(setting("fsync", "off".into()))
            .arg(setting("synchronous_commit", "off".into()))
            .arg(setting("full_page_writes", "off".into()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Postgres {
            child,
            port,
            ca: dir.path().join("ca.pem"),
            dir,
        };
        server.wait_ready();
        Some(server)
    }

    fn wait_ready(&self) {
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "PostgreSQL did not start on port {}",
                self.port
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        // Listening comes a moment before accepting log-ins.
        while !self.psql("SELECT 1").status.success() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "PostgreSQL refuses log-ins"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The store's URL, without its password.
    pub fn url(&self) -> String {
        format!("postgres://{USER}@127.0.0.1:{}/postgres", self.port)
    }

    /// The URL with its password, as FLOWSEC_DB or a config file may give it.
    pub fn url_with_password(&self) -> String {
        format!(
            "postgres://{USER}:{PASSWORD}@127.0.0.1:{}/postgres",
            self.port
        )
    }

    /// Runs `sql` with psql, as the superuser.
    pub fn psql(&self, sql: &str) -> std::process::Output {
        self.psql_with("host=127.0.0.1 sslmode=disable", sql)
    }

    /// Runs `sql` with psql in `database`, as the superuser, and requires success.
    pub fn psql_in(&self, database: &str, sql: &str) -> String {
        let out = self.psql_with(
            &format!("host=127.0.0.1 sslmode=disable dbname={database}"),
            sql,
        );
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Runs `sql` with psql, connecting with the libpq parameters `params` besides the
    /// port and user (and the database `postgres`, unless `params` names one).
    pub fn psql_with(&self, params: &str, sql: &str) -> std::process::Output {
        let conninfo = format!("dbname=postgres {params} port={} user={USER}", self.port);
        Command::new("psql")
            .env("PGPASSWORD", PASSWORD)
            .args(["-X", "-tA", "-d", &conninfo, "-c", sql])
            .output()
            .unwrap()
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

static SHARED: OnceLock<Option<Postgres>> = OnceLock::new();

/// The test binary's one cluster, started on first use.
pub fn shared() -> Option<&'static Postgres> {
    SHARED
        .get_or_init(|| {
            let server = Postgres::start()?;
            server.stop_when_this_process_exits();
            Some(server)
        })
        .as_ref()
}

impl Postgres {
    /// A static is never dropped: a watcher stops the server, and removes its folder,
    /// once this process is gone.
    // The watcher outlives this process: no one is left to wait for it.
    #[allow(clippy::zombie_processes)]
    fn stop_when_this_process_exits(&self) {
        Command::new("sh")
            .args([
                "-c",
                "while kill -0 \"$0\" 2>/dev/null; do sleep 0.2; done; \
                 kill -INT \"$1\"; while kill -0 \"$1\" 2>/dev/null; do sleep 0.1; done; rm -rf \"$2\"",
            ])
            .arg(std::process::id().to_string())
            .arg(self.child.id().to_string())
            .arg(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
    }

    /// A new empty database; returns its name.
    pub fn new_database(&self) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "t{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let made = self.psql(&format!("CREATE DATABASE {name}"));
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
        name
    }

    /// The URL of database `name`, without TLS, with the password: what a test's
    /// FLOWSEC_DB holds.
    pub fn database_url(&self, name: &str) -> String {
        format!(
            "postgres://{USER}:{PASSWORD}@127.0.0.1:{}/{name}?sslmode=disable",
            self.port
        )
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
