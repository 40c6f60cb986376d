//! `cargo bench --bench apply [-- --scale N]`: generates a manifest of 20,000·N users
//! (each in 1 to 5 roles), 1,000·N roles, 10,000·N items and 100,000·N role grants, then
//! times `flowsec apply` of it onto a fresh store as a whole process, and again unchanged,
//! which must write nothing: the store's files keep their bytes and modification times.
//! Each is the median of three fresh stores. `--postgres` does the same on databases of a
//! throwaway PostgreSQL cluster on 127.0.0.1 and gives the ratio of the two fresh applies.

mod support;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use support::{
    Bench, Rng, Scale, flowsec, item_categories, item_target, median, random_permission,
};

/// The manifest text, and how many memberships it holds.
fn manifest(scale: &Scale) -> (String, usize) {
    let categories = item_categories();
    let mut rng = Rng(0xa991e);
    let mut role_grants: Vec<Vec<String>> = vec![Vec::new(); scale.roles];
    let mut seen = std::collections::HashSet::new();
    while seen.len() < scale.role_grants {
        let role = rng.below(scale.roles);
        let permission = random_permission(&mut rng, &categories, scale.items).to_string();
        if seen.insert((role, permission.clone())) {
            role_grants[role].push(permission);
        }
    }
    let mut text = String::with_capacity(8 << 20);
    for (i, permissions) in role_grants.iter().enumerate() {
        let quoted: Vec<String> = permissions.iter().map(|p| format!("{p:?}")).collect();
        let _ = writeln!(
            text,
            "[roles.r{i}]\ndescription = \"role {i}\"\npermissions = [{}]\n",
            quoted.join(", ")
        );
    }
    let mut members = 0;
    for i in 0..scale.users {
        let mut roles: Vec<String> = (0..1 + rng.below(5))
            .map(|_| format!("\"r{}\"", rng.below(scale.roles)))
            .collect();
        roles.sort();
        roles.dedup();
        members += roles.len();
        let _ = writeln!(
            text,
            "[users.u{i}]\nemail = \"u{i}@example.com\"\nenabled = {}\nroles = [{}]\n",
            i % 20 != 0,
            roles.join(", ")
        );
    }
    for i in 0..scale.items {
        let target = item_target(&categories, i);
        let owner = rng.below(scale.users);
        let _ = writeln!(text, "[items.\"{target}\"]\nowner = \"u{owner}\"\n");
    }
    (text, members)
}

/// The bytes and modification time of the store and each of its journals that exists.
fn files(db: &Path) -> Vec<(PathBuf, Vec<u8>, Option<SystemTime>)> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut path = db.as_os_str().to_owned();
            path.push(suffix);
            PathBuf::from(path)
        })
        .filter(|p| p.exists())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_default();
            let modified = std::fs::metadata(&p).and_then(|m| m.modified()).ok();
            (p, bytes, modified)
        })
        .collect()
}

/// How many fresh stores each backend gets; the median of their times is the figure, as
/// one run can land on a server's checkpoint or a busy moment.
const ROUNDS: usize = 3;

/// Applies the manifest onto a fresh store, then again; how long each took.
fn fresh_and_again(
    bench: &Bench,
    file: &str,
) -> Result<(Duration, Duration), Box<dyn std::error::Error>> {
    flowsec(
        bench,
        &["init", "--admin-password-stdin"],
        "correct-horse-battery\n",
    )?;
    let first = flowsec(bench, &["apply", file], "")?;
    let Bench::Sqlite(db) = bench else {
        return Ok((first, flowsec(bench, &["apply", file], "")?));
    };
    let before = files(db);
    let again = flowsec(bench, &["apply", file], "")?;
    if files(db) != before {
        return Err("re-applying an unchanged manifest wrote to the store".into());
    }
    Ok((first, again))
}

/// `fresh_and_again` on `ROUNDS` stores made by `store`; prints each time and the
/// medians, and returns the fresh median.
fn rounds(
    mut store: impl FnMut(usize) -> Result<Bench, Box<dyn std::error::Error>>,
    file: &str,
) -> Result<Duration, Box<dyn std::error::Error>> {
    let mut fresh = Vec::new();
    let mut unchanged = Vec::new();
    for round in 0..ROUNDS {
        let (first, again) = fresh_and_again(&store(round)?, file)?;
        fresh.push(first);
        unchanged.push(again);
    }
    let (fresh, each_fresh) = median(fresh);
    let (again, each_again) = median(unchanged);
    println!(
        "apply onto a fresh store: {:.2} s (median of {each_fresh})",
        fresh.as_secs_f64()
    );
    println!(
        "apply unchanged, writing nothing: {:.2} s (median of {each_again})",
        again.as_secs_f64()
    );
    Ok(fresh)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let scale = Scale::from_args(&args)?;
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("manifest.toml");
    let (text, members) = manifest(&scale);
    std::fs::write(&file, &text)?;
    let file = file.display().to_string();
    println!(
        "manifest: {} users, {} roles, {} items, {} role grants, {members} memberships ({:.1} MiB)",
        scale.users,
        scale.roles,
        scale.items,
        scale.role_grants,
        text.len() as f64 / (1024.0 * 1024.0)
    );
    println!("SQLite:");
    let on_sqlite = rounds(
        |round| Ok(Bench::Sqlite(dir.path().join(format!("apply-{round}.db")))),
        &file,
    )?;
    if args.iter().any(|a| a == "--postgres") {
        println!("PostgreSQL:");
        let on_postgres = rounds(|_| Ok(Bench::postgres(dir.path())?), &file)?;
        println!(
            "fresh apply, PostgreSQL / SQLite: {:.2}x",
            on_postgres.as_secs_f64() / on_sqlite.as_secs_f64()
        );
    }
    Ok(())
}
