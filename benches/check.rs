//! `cargo bench --bench check [-- --scale N]`: builds a store of 20,000·N users,
//! 1,000·N roles, 10,000·N items and 100,000·N role grants through the library, then
//! measures `flowsec check` as a whole process (median, beside `sqlite3` opening the
//! same file for one query) and `flowsec check --batch` throughput on one core, in a batch
//! of two million requests: over its first million, and over its second, which leaves out
//! starting the process and reading the store.
//! `--store PATH` keeps the store there and reuses it on the next run, and `--input PATH`
//! writes the batch's requests there (both for profiling). `--postgres` copies the store
//! into a database of a throwaway PostgreSQL cluster on 127.0.0.1 (timing `db copy`) and
//! measures there, over TCP with password authentication, beside `psql` running
//! `select 1` with the same authentication.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;

use flowsec::identity::Actor;
use flowsec::model::Name;
use flowsec::store::grants::{self, Principal};
use flowsec::store::roles::{self, NewRole};
use flowsec::store::users::{self, NewUser};
use flowsec::store::{Location, Seed, Store, items};
use support::{Bench, Rng, Scale, item_categories, item_target, random_permission};

const BIN: &str = env!("CARGO_BIN_EXE_flowsec");
const PROCESS_RUNS: usize = 201;
const BATCH_LINES: usize = 2_000_000;

fn build(path: &Path, scale: &Scale) -> Result<(), Box<dyn std::error::Error>> {
    let actor = Actor::local();
    let mut store = Store::create(
        &Location::Sqlite(path.to_path_buf()),
        &Seed::default(),
        &actor,
    )?;
    let categories = item_categories();
    let mut rng = Rng(0x5eed);
    store.write(&actor, |tx| {
        let mut user_ids = Vec::with_capacity(scale.users);
        for i in 0..scale.users {
            user_ids.push(users::create(
                tx,
                &NewUser {
                    name: Name::parse("user", &format!("u{i}"))?,
                    full_name: String::new(),
                    email: String::new(),
                    enabled: i % 20 != 0,
                    password_hash: None,
                },
            )?);
        }
        let mut role_ids = Vec::with_capacity(scale.roles);
        for i in 0..scale.roles {
            role_ids.push(roles::create(
                tx,
                &NewRole {
                    name: &Name::parse("role", &format!("r{i}"))?,
                    description: "",
                    superuser: false,
                    builtin: false,
                },
            )?);
        }
        let owners = tx.list_users(&users::ListFilter::default())?;
        for i in 0..scale.items {
            items::create(
                tx,
                &item_target(&categories, i),
                &owners[rng.below(owners.len())],
            )?;
        }
        let mut granted = 0;
        while granted < scale.role_grants {
            let role = role_ids[rng.below(role_ids.len())];
            let permission = random_permission(&mut rng, &categories, scale.items);
            if grants::grant(tx, Principal::Role(role), &permission)? {
                granted += 1;
            }
        }
        for user in &user_ids {
            for _ in 0..1 + rng.below(5) {
                roles::add_member(tx, role_ids[rng.below(role_ids.len())], *user)?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Median wall time of running `command` to the end.
fn time_process(command: impl Fn() -> Command) -> Result<Duration, std::io::Error> {
    let mut samples = Vec::with_capacity(PROCESS_RUNS);
    for _ in 0..PROCESS_RUNS {
        let mut command = command();
        let start = Instant::now();
        let out = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()?;
        samples.push(start.elapsed());
        if out.status.code().is_none_or(|c| c > 1) {
            return Err(std::io::Error::other(format!(
                "{command:?} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
    }
    Ok(median(samples))
}

fn batch_input(scale: &Scale) -> String {
    let categories = item_categories();
    let mut rng = Rng(0xba7c4);
    let mut input = String::with_capacity(BATCH_LINES * 80);
    for _ in 0..BATCH_LINES {
        let user = rng.below(scale.users);
        let count = 1 + rng.below(2);
        let permissions: Vec<String> = (0..count)
            .map(|_| {
                format!(
                    "\"{}\"",
                    random_permission(&mut rng, &categories, scale.items)
                )
            })
            .collect();
        input.push_str(&format!(
            "{{\"user\":\"u{user}\",\"permissions\":[{}]}}\n",
            permissions.join(",")
        ));
    }
    input
}

/// Runs `check --batch` pinned to core 0 when `taskset` exists (and this process on core
/// 1); returns when the first half of the answers had come, and when all had.
fn time_batch(
    bench: &Bench,
    input: &str,
) -> Result<(Duration, Duration), Box<dyn std::error::Error>> {
    let lines = input.lines().count();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let pinned = cores > 1 && Command::new("taskset").arg("-V").output().is_ok();
    if pinned {
        // This process feeds and drains the batch from core 1, so that the kernel, which
        // likes to wake a pipe's reader where its writer ran, never puts it on core 0.
        Command::new("taskset")
            .args(["-a", "-p", "-c", "1", &std::process::id().to_string()])
            .stdout(Stdio::null())
            .status()?;
    }
    let mut command = if pinned {
        let mut c = Command::new("taskset");
        c.args(["-c", "0", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    bench
        .aim(&mut command)
        .args(["check", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let start = Instant::now();
    let mut child = command.spawn()?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let feed = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(feed.as_bytes()));
    // Answers are counted as they come and dropped: gathering a few hundred MiB of them
    // would compete with flowsec for the memory bus and time the gathering.
    let mut answered = 0;
    let mut half = None;
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let read = stdout.read(&mut chunk)?;
        if read == 0 {
            break;
        }
        answered += chunk[..read].iter().filter(|b| **b == b'\n').count();
        if half.is_none() && answered >= lines / 2 {
            half = Some(start.elapsed());
        }
    }
    let status = child.wait()?;
    let elapsed = start.elapsed();
    writer.join().map_err(|_| "writer panicked")??;
    match half {
        Some(half) if status.success() && answered == lines => Ok((half, elapsed)),
        _ => Err(format!("batch failed: {answered} lines answered, {status}").into()),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let scale = Scale::from_args(&args)?;
    let dir = tempfile::tempdir()?;
    let db: PathBuf = match args.iter().position(|a| a == "--store") {
        Some(i) => args.get(i + 1).ok_or("--store needs a path")?.into(),
        None => dir.path().join("bench.db"),
    };
    let start = Instant::now();
    if !db.exists() {
        build(&db, &scale)?;
    }
    println!(
        "store: {} users, {} roles, {} items, {} role grants (built in {:.1}s, {:.1} MiB)",
        scale.users,
        scale.roles,
        scale.items,
        scale.role_grants,
        start.elapsed().as_secs_f64(),
        std::fs::metadata(&db)?.len() as f64 / (1024.0 * 1024.0)
    );
    let sqlite = Bench::Sqlite(db.clone());
    let bench = if args.iter().any(|a| a == "--postgres") {
        let pg = Bench::postgres(dir.path())?;
        let to = pg.bare_url().ok_or("no URL")?;
        let mut copy = Command::new(BIN);
        sqlite
            .aim(&mut copy)
            .env("PGPASSWORD", support::harness::pg::PASSWORD)
            .args(["db", "copy", "--to", &to]);
        let started = Instant::now();
        let out = copy.output()?;
        if !out.status.success() {
            return Err(format!("db copy: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        println!(
            "db copy, SQLite to PostgreSQL: {:.2} s",
            started.elapsed().as_secs_f64()
        );
        // The key file the copy opens with: the SQLite store's (none was made here).
        pg
    } else {
        sqlite
    };

    let user = format!("u{}", scale.users / 2 + 1);
    let check = || {
        let mut c = Command::new(BIN);
        bench.aim(&mut c).args([
            "check",
            "--user",
            &user,
            "repositories/item 4:run",
            "jobs:access",
        ]);
        c
    };
    let ours = time_process(check)?;
    println!(
        "check, whole process (median of {PROCESS_RUNS}): {:.2} ms",
        ours.as_secs_f64() * 1e3
    );
    let theirs = match &bench {
        Bench::Sqlite(db) => {
            let query = format!(
                "SELECT count(*) FROM grants g JOIN role_members m ON m.role_id = g.role_id \
                 JOIN users u ON u.id = m.user_id WHERE u.name = '{user}' AND g.category = 'jobs' AND g.action = 'access';"
            );
            (
                "sqlite3, one query",
                time_process(|| {
                    let mut c = Command::new("sqlite3");
                    c.arg(db).arg(&query);
                    c
                }),
            )
        }
        Bench::Postgres { url, .. } => {
            // The same log-in: TCP to 127.0.0.1, the same user, database, password and sslmode.
            let url = url.clone();
            (
                "psql -X -tA -c 'select 1'",
                time_process(move || {
                    let mut c = Command::new("psql");
                    // flowsec tries no GSSAPI encryption; neither does psql here.
                    c.args([
                        "-X",
                        "-tA",
                        "-c",
                        "select 1",
                        "-d",
                        &format!("{url}&gssencmode=disable"),
                    ]);
                    c
                }),
            )
        }
    };
    match theirs {
        (what, Ok(theirs)) => println!(
            "{what} (median of {PROCESS_RUNS}): {:.2} ms; ratio {:.2}x",
            theirs.as_secs_f64() * 1e3,
            ours.as_secs_f64() / theirs.as_secs_f64()
        ),
        (what, Err(e)) => println!("{what} not measured: {e}"),
    }

    let input = batch_input(&scale);
    if let Some(i) = args.iter().position(|a| a == "--input") {
        std::fs::write(args.get(i + 1).ok_or("--input needs a path")?, &input)?;
    }
    let (half, whole) = time_batch(&bench, &input)?;
    let per_second = |lines: usize, time: Duration| lines as f64 / time.as_secs_f64();
    println!(
        "check --batch, {BATCH_LINES} requests: {:.0} checks/s; the first half {:.0}/s \
         (with the start and the store's read), the second {:.0}/s",
        per_second(BATCH_LINES, whole),
        per_second(BATCH_LINES / 2, half),
        per_second(BATCH_LINES / 2, whole.saturating_sub(half)),
    );
    Ok(())
}
