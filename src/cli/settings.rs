//! `flowsec settings`: show, set and unset the password policy, expiry, lockout,
//! session, token and email settings.

use clap::Subcommand;

use super::{Context, Status, secret};
use crate::error::{Error, Result};
use crate::output::table;
use crate::settings;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every setting (or one) with its value in force, default and meaning
    #[command(after_help = "Examples:
  flowsec settings show
  flowsec -o json settings show password.min-length")]
    Show {
        /// Only this setting
        key: Option<String>,
    },
    /// Change a setting; a bad value changes nothing
    #[command(after_help = "Examples:
  flowsec settings set password.min-length 12
  flowsec settings set password.require-digit on
  flowsec settings set login.max-failures 0                # never lock accounts
  flowsec settings set email.smtp-url smtps://mail.example.com:465
  flowsec settings set email.from 'Flowsec <noreply@example.com>'
  printf '%s\\n' \"$SMTP_PASSWORD\" | flowsec settings set email.smtp-password --value-stdin

A secret setting (email.smtp-password) is never given on the command line: it is read
from stdin with --value-stdin, or from a hidden prompt, and kept encrypted.")]
    Set {
        /// The setting, e.g. password.min-length
        key: String,
        /// The new value: on|off, a number, a duration (30m, 12h, 30d), a URL or an address
        #[arg(allow_hyphen_values = true)]
        value: Option<String>,
        /// Read a secret setting's value from stdin (else a hidden prompt asks for it)
        #[arg(long, conflicts_with = "value")]
        value_stdin: bool,
    },
    /// Return a setting to its default
    #[command(after_help = "Examples:\n  flowsec settings unset password.min-length")]
    Unset {
        /// The setting
        key: String,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Show { key } => show(key.as_deref(), ctx),
        Command::Set {
            key,
            value,
            value_stdin,
        } => {
            let mut store = ctx.store()?;
            match value {
                Some(value) => {
                    store.write(&ctx.actor, |tx| settings::set(tx, &key, &value))?;
                }
                None if settings::is_secret(&key)? => {
                    let secret = secret::new_value(
                        value_stdin,
                        &format!("Value of {key}"),
                        "--value-stdin",
                    )?;
                    let key_file = &ctx.config.key_file;
                    store.write(&ctx.actor, |tx| {
                        settings::set_secret(tx, key_file, &key, &secret)
                    })?;
                }
                None => {
                    return Err(Error::usage(format!(
                        "`{key}` is not a secret: give its value on the command line"
                    )));
                }
            }
            let entry = settings::entry(store.read(), &key)?;
            let shown = entry.value.clone().unwrap_or_default();
            ctx.printer
                .emit(&entry, || format!("set `{key}` to `{shown}`"))?;
            Ok(Status::Success)
        }
        Command::Unset { key } => {
            let mut store = ctx.store()?;
            let was_set = store.write(&ctx.actor, |tx| settings::unset(tx, &key))?;
            let entry = settings::entry(store.read(), &key)?;
            ctx.printer.emit(&entry, || {
                let default = entry.default.unwrap_or("unset");
                if was_set {
                    format!("`{key}` is back to its default: {default}")
                } else {
                    format!("`{key}` was not set; its default is {default}")
                }
            })?;
            Ok(Status::Success)
        }
    }
}

fn show(key: Option<&str>, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let entries = match key {
        Some(key) => vec![settings::entry(store.read(), key)?],
        None => settings::show(store.read())?,
    };
    ctx.printer.emit(&entries, || {
        table(
            &["key", "value", "default", "type", "meaning"],
            entries.iter().map(|e| {
                let value = e.value.clone().unwrap_or_else(|| "-".into());
                vec![
                    e.key.to_string(),
                    if e.is_default {
                        value
                    } else {
                        format!("{value} (set)")
                    },
                    e.default.unwrap_or("-").to_string(),
                    e.kind.clone(),
                    e.description.to_string(),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}
