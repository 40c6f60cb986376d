//! `flowsec secrets`: secret fields of items (a connection's password, a published
//! parameter), stored encrypted with the store's key.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, Status, secret};
use crate::error::Result;
use crate::model::{Name, Target};
use crate::output::table;
use crate::store::{items, keys, secrets};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store a secret field of an item, encrypted; the value comes from a hidden prompt or stdin
    #[command(after_help = "Examples:
  flowsec secrets set connections/Warehouse password        # prompts twice, hidden
  printf '%s' \"$DB_PASSWORD\" | flowsec secrets set connections/Warehouse password --value-stdin")]
    Set {
        /// CATEGORY/NAME of an item
        target: String,
        /// The field's name, e.g. password
        field: String,
        /// Read the value from stdin (all of it, less one trailing newline) instead of prompting
        #[arg(long)]
        value_stdin: bool,
    },
    /// Print a secret's value alone on stdout
    #[command(after_help = "Examples:
  flowsec secrets get connections/Warehouse password
  flowsec -o json secrets get connections/Warehouse password")]
    Get {
        /// CATEGORY/NAME of an item
        target: String,
        /// The field's name
        field: String,
    },
    /// List the secret fields of items, never their values
    #[command(after_help = "Examples:
  flowsec secrets list
  flowsec secrets list connections
  flowsec secrets list connections/Warehouse")]
    List {
        /// Only this category or item
        target: Option<String>,
    },
    /// Remove a secret field of an item
    #[command(after_help = "Examples:\n  flowsec secrets remove connections/Warehouse password")]
    Remove {
        /// CATEGORY/NAME of an item
        target: String,
        /// The field's name
        field: String,
    },
}

/// A secret's value as `secrets get -o json` prints it.
#[derive(Serialize)]
struct Shown<'a> {
    target: &'a str,
    field: &'a str,
    value: &'a str,
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Set {
            target,
            field,
            value_stdin,
        } => set(&target, &field, value_stdin, ctx),
        Command::Get { target, field } => {
            let target = Target::parse_item(&target)?;
            let field = field_name(&field)?;
            let store = ctx.store()?;
            let item = items::get(store.read(), &target)?;
            let value = secrets::get(store.read(), &ctx.config.key_file, &item, &field)?;
            let shown = Shown {
                target: &target.to_string(),
                field: field.as_str(),
                value: &value,
            };
            ctx.printer.emit_raw(&shown, || value.to_string())?;
            Ok(Status::Success)
        }
        Command::List { target } => {
            let target = target.as_deref().map(Target::parse).transpose()?;
            let store = ctx.store()?;
            if let Some(t) = target.as_ref().filter(|t| t.item.is_some()) {
                items::get(store.read(), t)?;
            }
            let listed = store.read().list_secrets(target.as_ref())?;
            ctx.printer.emit(&listed, || {
                table(
                    &["item", "field", "key", "updated"],
                    listed.iter().map(|s| {
                        vec![
                            s.target.clone(),
                            s.field.clone(),
                            s.key.clone(),
                            s.updated.clone(),
                        ]
                    }),
                )
            })?;
            Ok(Status::Success)
        }
        Command::Remove { target, field } => {
            let target = Target::parse_item(&target)?;
            let field = field_name(&field)?;
            ctx.store()?.write(&ctx.actor, |tx| {
                secrets::remove(tx, &items::get(tx, &target)?, &field)
            })?;
            let removed =
                serde_json::json!({"removed": {"target": target, "field": field.as_str()}});
            ctx.printer.emit(&removed, || {
                format!("removed the secret `{field}` of `{target}`")
            })?;
            Ok(Status::Success)
        }
    }
}

fn set(target: &str, field: &str, value_stdin: bool, ctx: &Context) -> Result<Status> {
    let target = Target::parse_item(target)?;
    let field = field_name(field)?;
    let mut store = ctx.store()?;
    // Refuse a missing item or a wrong key before asking for a value that would be lost.
    items::get(store.read(), &target)?;
    keys::unlock(store.read(), &ctx.config.key_file)?;
    let value = secret::new_value(
        value_stdin,
        &format!("Value of `{field}` for `{target}`"),
        "--value-stdin",
    )?;
    let change = store.write(&ctx.actor, |tx| {
        let item = items::get(tx, &target)?;
        secrets::set(tx, &ctx.config.key_file, &item, &field, &value)
    })?;
    let done = serde_json::json!({"target": target, "field": field.as_str(), "change": change});
    ctx.printer.emit(&done, || {
        let verb = match change {
            secrets::Change::Created => "stored",
            secrets::Change::Updated => "replaced",
        };
        format!("{verb} the secret `{field}` of `{target}`, encrypted")
    })?;
    Ok(Status::Success)
}

fn field_name(raw: &str) -> Result<Name> {
    Name::parse("secret field", raw)
}
