//! `flowsec db`: the store itself: its kind, schema and size, and a whole copy of it.

use std::collections::BTreeMap;
use std::ffi::OsString;

use clap::Subcommand;
use serde::Serialize;

use super::progress::Progress;
use super::{Context, Status};
use crate::error::Result;
use crate::output::fields;
use crate::store::copy::{self, SCHEMA_VERSION};
use crate::store::{Location, Store};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The store's kind, location, schema version and record counts
    #[command(after_help = "Examples:
  flowsec db status
  flowsec -o json db status | jq .records.users")]
    Status,
    /// Bring the store's schema up to this flowsec's (a SQLite store is upgraded when opened)
    #[command(after_help = "Examples:\n  flowsec db upgrade")]
    Upgrade,
    /// Copy the whole store, every record byte for byte, into a new store at DEST
    #[command(after_help = "Examples:
  flowsec db copy --to /backup/flowsec-2026-12-03.db
  flowsec --db /srv/flowsec.db db copy --to sqlite:/mnt/spare/flowsec.db

The copy holds the same hashes, token hashes, sealed secrets and audit trail, and the
same store id, so the same key file opens it: copy the key file with it (or name it with
--key-file when using the copy). DEST must not exist; the copy is made in one
transaction and appears only when complete.")]
    Copy {
        /// Where to make the copy: a path, or sqlite:PATH
        #[arg(long, value_name = "DEST")]
        to: OsString,
    },
}

#[derive(Serialize)]
struct DbStatus {
    kind: &'static str,
    location: String,
    schema_version: i64,
    records: BTreeMap<&'static str, u64>,
}

#[derive(Serialize)]
struct Upgraded {
    kind: &'static str,
    schema_version: i64,
}

#[derive(Serialize)]
struct Copied {
    from: String,
    to: String,
    records: u64,
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Status => status(ctx),
        Command::Upgrade => upgrade(ctx),
        Command::Copy { to } => copy(&to, ctx),
    }
}

fn status(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let status = DbStatus {
        kind: store.kind(),
        location: store.path().display().to_string(),
        schema_version: snapshot.schema_version()?,
        records: copy::counts(&*snapshot)?.into_iter().collect(),
    };
    ctx.printer.emit(&status, || {
        let mut shown = vec![
            ("kind", status.kind.to_string()),
            ("location", status.location.clone()),
            ("schema version", status.schema_version.to_string()),
        ];
        shown.extend(status.records.iter().map(|(t, n)| (*t, n.to_string())));
        fields(&shown)
    })?;
    Ok(Status::Success)
}

fn upgrade(ctx: &Context) -> Result<Status> {
    // Opening a SQLite store upgrades it, under its write lock, once.
    let store = ctx.store()?;
    let upgraded = Upgraded {
        kind: store.kind(),
        schema_version: store.read().schema_version()?,
    };
    ctx.printer.emit(&upgraded, || {
        format!(
            "the store's schema is at version {}, this flowsec's ({SCHEMA_VERSION})\n",
            upgraded.schema_version
        )
    })?;
    Ok(Status::Success)
}

fn copy(to: &OsString, ctx: &Context) -> Result<Status> {
    let dest = Location::parse(to)?.into_sqlite()?;
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let total = copy::counts(&*snapshot)?.iter().map(|(_, n)| n).sum();
    let progress = Progress::new("copying", total, "records", ctx.printer);
    let records = Store::create_copy(&dest, &*snapshot, &ctx.actor, &|n| progress.tick(n))?;
    progress.finish();
    drop(snapshot);
    // Who took every hash and sealed secret away, and where: the source's record of it.
    // A copy that cannot be recorded is not kept.
    let mut store = store;
    let recorded = store.write(&ctx.actor, |tx| {
        tx.record(
            "store.copy",
            &dest.display().to_string(),
            serde_json::json!({"records": records}),
        )
    });
    if let Err(e) = recorded {
        let _ = std::fs::remove_file(&dest);
        return Err(e);
    }
    let copied = Copied {
        from: store.path().display().to_string(),
        to: dest.display().to_string(),
        records,
    };
    ctx.printer.emit(&copied, || {
        format!("copied {} records to `{}`\n", copied.records, copied.to)
    })?;
    Ok(Status::Success)
}
