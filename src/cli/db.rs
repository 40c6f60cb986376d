//! `flowsec db`: the store itself: its kind, schema and size, and a whole copy of it.

use std::collections::BTreeMap;
use std::ffi::OsString;

use clap::Subcommand;
use serde::Serialize;

use super::progress::Progress;
use super::{Context, Status, secret};
use crate::crypto::keyfile;
use crate::error::{Error, Result};
use crate::output::fields;
use crate::store::copy::{self, SCHEMA_VERSION};
use crate::store::location::Source;
use crate::store::{Location, Store};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The store's kind, location, schema version and record counts
    #[command(after_help = "Examples:
  flowsec db status
  flowsec -o json db status | jq .records.users")]
    Status,
    /// Bring the store's schema up to this flowsec's (a SQLite store is upgraded when opened)
    #[command(after_help = "Examples:
  flowsec --db postgres://flowsec@db.example.com/flowsec db upgrade

A shared PostgreSQL store is never upgraded as a side effect: after installing a newer
flowsec, run this once, from any host (run together from several, it upgrades once).")]
    Upgrade,
    /// Keep this host's PostgreSQL password sealed under the key file, beside it
    #[command(after_help = "Examples:
  flowsec --db postgres://flowsec@db.example.com/flowsec db password
  flowsec --db postgres://flowsec@db.example.com/flowsec db password --password-stdin < pw.txt

For hosts with no PGPASSWORD or pgpass file. The password is checked by logging in with
it before it is sealed (AES-256-GCM, bound to this database's user, host, port and name)
into the key file's name with the extension .dbpass. `encrypt rotate` seals it again under
the new key. A password in FLOWSEC_DB, the config file, PGPASSWORD or pgpass comes first.")]
    Password {
        /// Read the password from the first line of stdin instead of prompting
        #[arg(long)]
        password_stdin: bool,
    },
    /// Copy the whole store, every record byte for byte, into a new store at DEST
    #[command(after_help = "Examples:
  flowsec db copy --to /backup/flowsec-2026-12-03.db
  flowsec --db /srv/flowsec.db db copy --to postgres://flowsec@db.example.com/flowsec
  flowsec --db postgres://flowsec@db.example.com/flowsec db copy --to sqlite:/backup/f.db

The copy holds the same hashes, token hashes, sealed secrets and audit trail, and the
same store id, so the same key file opens it: copy the key file with it (or name it with
--key-file when using the copy). DEST must be empty: no file at a path, no flowsec
tables in a database (its password comes from PGPASSWORD, the pgpass file or the sealed
password, never from --to). The copy is made in one transaction and appears only when
complete. SQLite to PostgreSQL is the way to move to a shared store.")]
    Copy {
        /// Where to make the copy: a path, sqlite:PATH or postgres://USER@HOST/DBNAME
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
    /// The version it had, where known (PostgreSQL).
    upgraded_from: Option<i64>,
}

#[derive(Serialize)]
struct Sealed {
    sealed_in: String,
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
        Command::Password { password_stdin } => password(password_stdin, ctx),
        Command::Copy { to } => copy(&to, ctx),
    }
}

fn status(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let status = DbStatus {
        kind: store.kind(),
        location: store.location().to_string(),
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
    let upgraded_from = Store::upgrade(&ctx.config.db, &ctx.actor)?;
    let store = ctx.store()?;
    let upgraded = Upgraded {
        kind: store.kind(),
        schema_version: store.read().schema_version()?,
        upgraded_from,
    };
    ctx.printer
        .emit(&upgraded, || match upgraded.upgraded_from {
            Some(from) if from < upgraded.schema_version => format!(
                "upgraded the store's schema from version {from} to {}\n",
                upgraded.schema_version
            ),
            _ => format!(
                "the store's schema is at version {}, this flowsec's ({SCHEMA_VERSION})\n",
                upgraded.schema_version
            ),
        })?;
    Ok(Status::Success)
}

fn password(use_stdin: bool, ctx: &Context) -> Result<Status> {
    let Location::Postgres(db) = &ctx.config.db else {
        return Err(Error::usage(
            "a SQLite store has no password: `db password` is for PostgreSQL stores",
        ));
    };
    // Before asking: a password is sealed only under an existing key file.
    let keyring = keyfile::load(&ctx.config.key_file)?;
    let password = if use_stdin {
        secret::from_stdin("the database password")?
    } else {
        secret::prompt_secret(
            "the database password",
            "Database password",
            "--password-stdin",
        )?
    };
    // Only a password that logs in is kept.
    Store::open(&Location::Postgres(db.with_password(&password)))?;
    db.seal_password(&keyring, &password)?;
    let sealed = Sealed {
        sealed_in: db
            .sealed_password_file()
            .map(|f| f.display().to_string())
            .unwrap_or_default(),
    };
    ctx.printer.emit(&sealed, || {
        format!("sealed the database password in `{}`\n", sealed.sealed_in)
    })?;
    Ok(Status::Success)
}

fn copy(to: &OsString, ctx: &Context) -> Result<Status> {
    let dest = Location::parse(to, Source::CommandLine)?.with_key_file(&ctx.config.key_file);
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
            &dest.to_string(),
            serde_json::json!({"records": records}),
        )
    });
    if let Err(e) = recorded {
        let _ = Store::remove_created(&dest);
        return Err(e);
    }
    let copied = Copied {
        from: store.location().to_string(),
        to: dest.to_string(),
        records,
    };
    ctx.printer.emit(&copied, || {
        format!("copied {} records to `{}`\n", copied.records, copied.to)
    })?;
    Ok(Status::Success)
}
