//! What both benchmarks generate: the same deterministic store contents.

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
    #[allow(dead_code)] // the check benchmark's
    pub fn bare_url(&self) -> Option<String> {
        match self {
            Bench::Sqlite(_) => None,
            Bench::Postgres { url, .. } => {
                Some(url.replace(&format!(":{}@", harness::pg::PASSWORD), "@"))
            }
        }
    }
}
