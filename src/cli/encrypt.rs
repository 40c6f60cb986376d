//! `flowsec encrypt`: the store's key: which keys encrypt how many values, rotation to a
//! new key, and a check that every stored secret still decrypts.

use clap::Subcommand;

use super::{Context, Status};
use crate::error::Result;
use crate::output::{fields, table};
use crate::store::keys;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the key file's keys and how many stored values each encrypts
    #[command(after_help = "Examples:\n  flowsec encrypt status\n  flowsec -o json encrypt status")]
    Status,
    /// Make a new key and re-encrypt every stored secret with it
    #[command(after_help = "\
The new key is written into the key file beside the old ones first, every value is then
re-encrypted in one transaction, and only then are keys no value uses dropped from the
key file: interrupted at any point, every value stays readable. Back up the key file
again afterwards.

Examples:
  flowsec encrypt rotate")]
    Rotate,
    /// Decrypt every stored secret and report those that fail (exit 1 if any does)
    #[command(
        after_help = "Examples:\n  flowsec encrypt verify || echo 'some secrets do not decrypt'"
    )]
    Verify,
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    let key_file = &ctx.config.key_file;
    match command {
        Command::Status => {
            let status = keys::status(ctx.store()?.read(), key_file)?;
            ctx.printer.emit(&status, || {
                if status.keys.is_empty() {
                    return "no key yet: the store gets its key file with its first secret".into();
                }
                let rows = status.keys.iter().map(|k| {
                    let state = match (k.in_key_file, k.current) {
                        (false, _) => "missing from the key file",
                        (true, true) => "current",
                        (true, false) => "old",
                    };
                    vec![
                        k.id.clone(),
                        k.created.clone().unwrap_or_else(|| "-".into()),
                        state.to_string(),
                        k.values.to_string(),
                    ]
                });
                format!(
                    "{}{}",
                    fields(&[
                        ("key file", status.key_file.clone()),
                        ("values", status.values.to_string()),
                    ]),
                    table(&["key", "created", "state", "values"], rows)
                )
            })?;
            Ok(Status::Success)
        }
        Command::Rotate => {
            let mut store = ctx.store()?;
            let rotation = keys::rotate(&mut store, &ctx.actor, key_file)?;
            // A rotation is a moment auditors ask about: the trail up to it is signed.
            crate::trail::checkpoint(&mut store, &ctx.actor, &ctx.evidence())?;
            ctx.printer.emit(&rotation, || {
                let dropped = if rotation.dropped.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; dropped the unused key(s) {} from the key file",
                        rotation.dropped.join(", ")
                    )
                };
                format!(
                    "new key `{}`; re-encrypted {} value(s){dropped}",
                    rotation.key, rotation.values
                )
            })?;
            Ok(Status::Success)
        }
        Command::Verify => {
            let verification = keys::verify(ctx.store()?.read(), key_file)?;
            ctx.printer.emit(&verification, || {
                if verification.failed.is_empty() {
                    return format!("all {} value(s) decrypt", verification.values);
                }
                let rows = verification.failed.iter().map(|f| {
                    vec![
                        f.target.clone(),
                        f.field.clone(),
                        f.key.clone(),
                        f.problem.clone(),
                    ]
                });
                format!(
                    "{}\n{} of {} value(s) do not decrypt",
                    table(&["item", "field", "key", "problem"], rows),
                    verification.failed.len(),
                    verification.values
                )
            })?;
            Ok(if verification.failed.is_empty() {
                Status::Success
            } else {
                Status::No
            })
        }
    }
}
