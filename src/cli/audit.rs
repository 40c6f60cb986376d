//! `flowsec audit`: read, verify, export, checkpoint and prune the audit trail.

use std::io::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;

use super::progress::Progress;
use super::{Context, Status};
use crate::crypto::signing::PublicKey;
use crate::error::{Error, Result};
use crate::output::{fields, table};
use crate::store::audit::{self, Filter};
use crate::store::{format_time, now};
use crate::trail::{self, Report};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List audit records, oldest first
    #[command(after_help = "Examples:
  flowsec audit list --since 24h
  flowsec audit list --actor 'root (uid 0)' --limit 20
  flowsec -o json audit list --since 2026-11-01")]
    List {
        /// Only records since this time: RFC 3339, a date, or an age (30m, 12h, 7d)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Only records by this actor (as shown in the actor column)
        #[arg(long, value_name = "ACTOR")]
        actor: Option<String>,
        /// Only the newest N records
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
    },
    /// Check the trail's hash chain and its signed checkpoints: exit 0 intact, 1 not
    #[command(
        after_help = "Every record's hash covers the hash before it and its own content, so a
changed, removed or reordered record breaks the chain; signed checkpoints (kept in the
store and in the checkpoints file beside the key file) show records removed from the end
and a chain rewritten from some point. Exit 1 names the first bad record.

Examples:
  flowsec audit verify
  flowsec audit verify --from 5000
  flowsec audit export > trail.jsonl && flowsec audit verify --file trail.jsonl
  flowsec audit verify --file trail.jsonl --public-key 3b6a27bc..."
    )]
    Verify {
        /// Start at this record, taking the one before it as given
        #[arg(long, value_name = "SEQ", conflicts_with = "file")]
        from: Option<i64>,
        /// Verify an exported file (`audit export`) instead of the store
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Check signatures with this public key (`audit key`) instead of this host's
        #[arg(long, value_name = "HEX")]
        public_key: Option<String>,
    },
    /// Print records as JSON lines, with their hashes, for a SIEM or `verify --file`
    #[command(
        after_help = "Each line is one record: seq, time, at, actor, auth, action, target, outcome,
details, prev (the hash before it), hash and store. --follow keeps printing records as
other processes and hosts write them, until interrupted.

Examples:
  flowsec audit export > trail.jsonl
  flowsec audit export --after 1200
  flowsec audit export --since 1h --follow | my-siem-forwarder"
    )]
    Export {
        /// Only records made since this time: RFC 3339, a date, or an age (30m, 12h, 7d)
        #[arg(long, value_name = "TIME", conflicts_with = "after")]
        since: Option<String>,
        /// Only records after this one
        #[arg(long, value_name = "SEQ")]
        after: Option<i64>,
        /// Keep printing new records until interrupted
        #[arg(long)]
        follow: bool,
    },
    /// Sign a checkpoint of the trail as it is now (also made every
    /// `audit.checkpoint-every` records)
    #[command(after_help = "Examples:\n  flowsec audit checkpoint")]
    Checkpoint,
    /// Show the audit signing key's public half and where the evidence is kept
    #[command(after_help = "Examples:\n  flowsec audit key\n  flowsec -o json audit key")]
    Key,
    /// Print the keyed digest the trail keeps for a token id or email address
    #[command(
        after_help = "Token ids (and email addresses, with `audit.digest-emails` on) are kept in
the trail as keyed digests; this gives the one to search for.

Examples:
  flowsec audit list | grep \"$(flowsec audit hash 1f2e3d4c5b6a7988)\""
    )]
    Hash {
        /// The token id or email address
        value: String,
    },
    /// Remove records made before a time, leaving a signed anchor where they ended
    #[command(
        after_help = "Only records that verify are removed; the anchor lets `audit verify` start
where they ended. Run `audit export` first to keep them elsewhere.

Examples:
  flowsec audit prune --before 365d
  flowsec audit prune --before 2026-01-01"
    )]
    Prune {
        /// Remove records made before this time: RFC 3339, a date, or an age (365d)
        #[arg(long, value_name = "TIME")]
        before: String,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::List {
            since,
            actor,
            limit,
        } => list(ctx, since, actor, limit),
        Command::Verify {
            from,
            file,
            public_key,
        } => verify(ctx, from, file, public_key),
        Command::Export {
            since,
            after,
            follow,
        } => export(ctx, since, after, follow),
        Command::Checkpoint => checkpoint(ctx),
        Command::Key => key(ctx),
        Command::Hash { value } => {
            let digest = trail::digest(ctx.store()?.read(), &value)?;
            ctx.printer
                .emit(&serde_json::json!({"digest": digest}), || digest.clone())?;
            Ok(Status::Success)
        }
        Command::Prune { before } => prune(ctx, &before),
    }
}

fn list(
    ctx: &Context,
    since: Option<String>,
    actor: Option<String>,
    limit: Option<u32>,
) -> Result<Status> {
    let filter = Filter {
        since: since.map(|s| audit::parse_since(&s, now())).transpose()?,
        actor,
        limit,
    };
    let store = ctx.store()?;
    let records = store.read().audit_records(&filter)?;
    ctx.printer.emit(&records, || {
        table(
            &[
                "time", "actor", "auth", "action", "target", "outcome", "details",
            ],
            records.iter().map(|r| {
                vec![
                    r.time.clone(),
                    r.actor.clone(),
                    r.auth.clone(),
                    r.action.clone(),
                    r.target.clone(),
                    r.outcome.clone(),
                    r.details.to_string(),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}

fn verify(
    ctx: &Context,
    from: Option<i64>,
    file: Option<PathBuf>,
    public_key: Option<String>,
) -> Result<Status> {
    let public = public_key.as_deref().map(PublicKey::parse).transpose()?;
    let evidence = ctx.evidence();
    let report = match &file {
        Some(file) => {
            let progress = Progress::new("verifying", 0, "records", ctx.printer);
            let report = trail::verify_file(file, &evidence, public, &|n| progress.tick(n))?;
            progress.finish();
            report
        }
        None => {
            let store = ctx.store()?;
            let total = store.read().count_rows("audit")?;
            let progress = Progress::new("verifying", total, "records", ctx.printer);
            let report =
                trail::verify_store(&store, &evidence, public, from, &|n| progress.tick(n))?;
            progress.finish();
            report
        }
    };
    ctx.printer.emit(&report, || describe(&report))?;
    Ok(match report.intact {
        true => Status::Success,
        false => Status::No,
    })
}

fn describe(report: &Report) -> String {
    let range = match (report.first, report.last) {
        (Some(first), Some(last)) => format!("records {first}-{last}"),
        _ => "no records".to_string(),
    };
    let checkpoints = match report.checkpoints {
        1 => "1 checkpoint".to_string(),
        n => format!("{n} checkpoints"),
    };
    let key = match &report.key {
        Some(_) => format!("{checkpoints}, signatures checked"),
        None => format!(
            "{checkpoints}, signatures not checked: this host has no audit signing key (--public-key gives one)"
        ),
    };
    match &report.problem {
        None => format!("intact: {range} ({} records), {key}", report.records),
        Some(problem) => format!(
            "NOT INTACT at record {}: {}",
            problem.record, problem.message
        ),
    }
}

fn export(
    ctx: &Context,
    since: Option<String>,
    after: Option<i64>,
    follow: bool,
) -> Result<Status> {
    let from = match (since, after) {
        (Some(since), _) => trail::ExportStart::Since(audit::parse_since(&since, now())?),
        (None, Some(after)) => trail::ExportStart::After(after),
        (None, None) => trail::ExportStart::Start,
    };
    let store = ctx.store()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut write = |bytes: &[u8]| -> Result<bool> {
        // A reader that went away (`| head`) ends the export, as it would any filter.
        match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(Error::io("cannot write the export", e)),
        }
    };
    let mut last = None;
    loop {
        // Each round reads the store afresh, so it sees what others wrote since.
        let snapshot = store.snapshot()?;
        let mut open = true;
        last = trail::export(&*snapshot, from, last, &mut |bytes| {
            open = write(bytes)?;
            Ok(open)
        })?
        .or(last);
        drop(snapshot);
        if !follow || !open {
            return Ok(Status::Success);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn checkpoint(ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let evidence = ctx.evidence();
    let made = trail::checkpoint(&mut store, &ctx.actor, &evidence)?;
    let Some((_, c)) = made else {
        return Err(Error::not_found("the trail has no records to checkpoint"));
    };
    let shown = serde_json::json!({
        "seq": c.seq,
        "hash": crate::crypto::hex(&c.hash),
        "time": format_time(c.at),
        "key": c.key,
        "file": evidence.checkpoints,
    });
    ctx.printer.emit(&shown, || {
        format!(
            "signed a checkpoint of record {} (hash {}), kept in the store and in `{}`",
            c.seq,
            crate::crypto::hex(&c.hash),
            evidence.checkpoints.display()
        )
    })?;
    Ok(Status::Success)
}

fn key(ctx: &Context) -> Result<Status> {
    let evidence = ctx.evidence();
    let public = evidence.signing_key()?.public().to_string();
    let shown = serde_json::json!({
        "public_key": public,
        "signing_key_file": evidence.signing_key,
        "checkpoints_file": evidence.checkpoints,
    });
    ctx.printer.emit(&shown, || {
        fields(&[
            ("public key", public.clone()),
            ("signing key", evidence.signing_key.display().to_string()),
            ("checkpoints", evidence.checkpoints.display().to_string()),
        ])
    })?;
    Ok(Status::Success)
}

fn prune(ctx: &Context, before: &str) -> Result<Status> {
    let before = audit::parse_since(before, now())?;
    let mut store = ctx.store()?;
    let pruned = trail::prune(&mut store, &ctx.actor, &ctx.evidence(), before)?;
    ctx.printer.emit(&pruned, || match pruned.through {
        Some(through) => format!(
            "removed {} records (up to record {through}); a signed anchor marks where they ended",
            pruned.removed
        ),
        None => format!("no records were made before {}", format_time(before)),
    })?;
    Ok(Status::Success)
}
