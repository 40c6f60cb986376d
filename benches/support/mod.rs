//! What the benchmarks share: the same deterministic store contents, the store they
//! run against, and a timed run of flowsec. Each uses a part of it.
#![allow(dead_code)]

use flowsec::model::{Category, Level, Permission, Target};

/// A small deterministic generator, so every run builds the same store.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub struct Scale {
    pub users: usize,
    pub roles: usize,
    pub items: usize,
    pub role_grants: usize,
}

impl Scale {
    /// 20,000 users, 1,000 roles, 10,000 items and 100,000 role grants, times `--scale N`.
    pub fn from_args(args: &[String]) -> Result<Scale, std::num::ParseIntError> {
        let factor: usize = args
            .iter()
            .position(|a| a == "--scale")
            .and_then(|i| args.get(i + 1))
            .map(|s| s.parse())
            .transpose()?
            .unwrap_or(1);
        Ok(Scale {
            users: 20_000 * factor,
            roles: 1_000 * factor,
            items: 10_000 * factor,
            role_grants: 100_000 * factor,
        })
    }
}

/// Categories that have items, for item-level grants and requests.
pub fn item_categories() -> Vec<Category> {
    Category::all()
        .filter(|c| !c.actions(Level::Item).is_empty())
        .collect()
}

pub fn item_target(categories: &[Category], i: usize) -> Target {
    Target {
        category: categories[i % categories.len()],
        item: Some(format!("item {i}")),
    }
}

pub fn random_permission(rng: &mut Rng, categories: &[Category], items: usize) -> Permission {
    let target = if rng.below(2) == 0 {
        item_target(categories, rng.below(items))
    } else {
        let all: Vec<Category> = Category::all().collect();
        Target {
            category: all[rng.below(all.len())],
            item: None,
        }
    };
    let actions: Vec<Permission> = Permission::all_at(&target).collect();
    actions[rng.below(actions.len())].clone()
}

/// The tests' harness, for its throwaway PostgreSQL cluster.
#[path = "../../tests/support/mod.rs"]
pub mod harness;

/// Where a benchmark's store is: a SQLite file, or (with `--postgres`) a database of a
/// throwaway cluster on 127.0.0.1, reached over TCP with a password.
pub enum Bench {
    Sqlite(std::path::PathBuf),
    Postgres {
        /// With its password, as FLOWSEC_DB may hold it.
        url: String,
        key_file: std::path::PathBuf,
    },
}

impl Bench {
    /// A new database, on the tests' cluster; its key file goes in `dir`.
    pub fn postgres(dir: &std::path::Path) -> Result<Bench, String> {
        let server = harness::pg::shared().ok_or("PostgreSQL's server is not installed")?;
        let database = server.new_database();
        Ok(Bench::Postgres {
            url: server.database_url(&database),
            key_file: dir.join(format!("{database}.key")),
        })
    }

    /// Points `command` at the store.
    pub fn aim<'c>(&self, command: &'c mut std::process::Command) -> &'c mut std::process::Command {
        match self {
            Bench::Sqlite(path) => command.env("FLOWSEC_DB", path),
            Bench::Postgres { url, key_file } => command
                .env("FLOWSEC_DB", url)
                .env("FLOWSEC_KEY_FILE", key_file),
        }
    }

    /// The database's URL without its password, for `db copy --to` (PGPASSWORD gives it).
    pub fn bare_url(&self) -> Option<String> {
        match self {
            Bench::Sqlite(_) => None,
            Bench::Postgres { url, .. } => {
                Some(url.replace(&format!(":{}@", harness::pg::PASSWORD), "@"))
            }
        }
    }
}

/// Runs flowsec on `bench`'s store with `stdin`; how long it took.
pub fn flowsec(bench: &Bench, args: &[&str], stdin: &str) -> Result<std::time::Duration, String> {
    use std::io::Write;
    let start = std::time::Instant::now();
    let mut child = bench
        .aim(&mut std::process::Command::new(env!(
            "CARGO_BIN_EXE_flowsec"
        )))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    if !out.status.success() {
        return Err(format!(
            "flowsec {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(elapsed)
}

/// The median of `times`, and each of them as shown (seconds).
pub fn median(mut times: Vec<std::time::Duration>) -> (std::time::Duration, String) {
    let each: Vec<String> = times
        .iter()
        .map(|t| format!("{:.2}", t.as_secs_f64()))
        .collect();
    times.sort();
    (times[times.len() / 2], each.join(", "))
}
