//! `cargo bench --bench audit [-- --records N] [--postgres]`: a trail of N (1,000,000)
//! records, made through the library as flowsec makes them (hash-chained; no signing
//! key, so no checkpoints), then `flowsec audit verify` of the whole of it as a process,
//! and `flowsec audit export` of it, each the median of three runs. `--postgres` does the
//! same on a database of a throwaway PostgreSQL cluster on 127.0.0.1.

mod support;

use flowsec::identity::Actor;
use flowsec::store::{Location, Store};
use support::{Bench, flowsec, median};

const ROUNDS: usize = 3;
const PER_TRANSACTION: usize = 50_000;

/// The store's location as the library opens it.
fn location(bench: &Bench) -> Result<Location, Box<dyn std::error::Error>> {
    use flowsec::store::location::Source;
    Ok(match bench {
        Bench::Sqlite(path) => Location::parse(path.as_os_str(), Source::Private)?,
        Bench::Postgres { url, key_file } => {
            Location::parse(std::ffi::OsStr::new(url), Source::Private)?.with_key_file(key_file)
        }
    })
}

/// `records` records besides the store's own, a realistic size each.
fn fill(bench: &Bench, records: usize) -> Result<(), Box<dyn std::error::Error>> {
    flowsec(
        bench,
        &["init", "--admin-password-stdin"],
        "correct-horse-battery\n",
    )?;
    let mut store = Store::open(&location(bench)?)?;
    let actor = Actor::local();
    let mut made = 0;
    while made < records {
        let now = (records - made).min(PER_TRANSACTION);
        store.write(&actor, |tx| {
            for i in made..made + now {
                tx.record(
                    "user.update",
                    &format!("user{i}"),
                    serde_json::json!({"email": format!("user{i}@example.com"), "enabled": i % 7 != 0}),
                )?;
            }
            Ok(())
        })?;
        made += now;
    }
    Ok(())
}

fn measure(bench: &Bench, records: usize, kind: &str) -> Result<(), Box<dyn std::error::Error>> {
    let started = std::time::Instant::now();
    fill(bench, records)?;
    println!(
        "{kind}: made {records} records in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let total = records + 1;
    for (what, args) in [
        ("audit verify", &["audit", "verify"][..]),
        ("audit export", &["audit", "export"][..]),
    ] {
        let times = (0..ROUNDS)
            .map(|_| flowsec(bench, args, ""))
            .collect::<Result<Vec<_>, _>>()?;
        let (time, each) = median(times);
        println!(
            "{kind}: {what} of {total} records: {:.2} s, {:.0} records/s (median of {each})",
            time.as_secs_f64(),
            total as f64 / time.as_secs_f64()
        );
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let records = match args.iter().position(|a| a == "--records") {
        Some(i) => args.get(i + 1).ok_or("--records needs a number")?.parse()?,
        None => 1_000_000,
    };
    let dir = tempfile::tempdir()?;
    measure(
        &Bench::Sqlite(dir.path().join("audit.db")),
        records,
        "SQLite",
    )?;
    if args.iter().any(|a| a == "--postgres") {
        measure(&Bench::postgres(dir.path())?, records, "PostgreSQL")?;
    }
    Ok(())
}
