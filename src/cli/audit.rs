//! `flowsec audit`: read the audit trail.

use clap::Subcommand;

use super::{Context, Status};
use crate::error::Result;
use crate::output::table;
use crate::store::audit::{self, Filter};
use crate::store::now;

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
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    let Command::List {
        since,
        actor,
        limit,
    } = command;
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
