//! `flowsec init`: create a store with the defaults of model.md.

use serde::Serialize;

use super::{Context, Status, secret};
use crate::crypto::keyfile;
use crate::error::Result;
use crate::output::fields;
use crate::settings::Settings;
use crate::store::{Seed, Store, users};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  flowsec init                                   # prompts for admin's password
  flowsec --db /srv/flowsec.db init --admin-password-stdin < pw.txt")]
pub struct Args {
    /// Read the `admin` password from the first line of stdin instead of prompting
    #[arg(long)]
    admin_password_stdin: bool,
}

#[derive(Serialize)]
struct Created {
    store: String,
    key_file: String,
    /// Beside the key file: what signs the audit trail's checkpoints.
    signing_key: String,
    admin_password_set: bool,
}

pub fn run(args: Args, ctx: &Context) -> Result<Status> {
    let location = &ctx.config.db;
    // Refuse before asking for a password that would be thrown away.
    if Store::exists(location)? {
        return Store::create(location, &Seed::default(), &ctx.actor).map(|_| Status::Success);
    }
    if ctx.config.key_file.exists() {
        return Err(keyfile::exists(&ctx.config.key_file));
    }
    let secret = secret::new_password(
        args.admin_password_stdin,
        "Password for admin",
        "--admin-password-stdin",
    )?;
    // A new store has no settings yet: the defaults apply.
    let seed = Seed {
        admin_password_hash: Some(
            Settings::defaults()?
                .policy
                .hash_new(users::ADMIN, &secret)?,
        ),
        key_file: Some(ctx.config.key_file.clone()),
    };
    let store = Store::create(location, &seed, &ctx.actor)?;
    let evidence = ctx.evidence();
    evidence.signing_key()?;
    let created = Created {
        store: store.location().to_string(),
        key_file: ctx.config.key_file.display().to_string(),
        signing_key: evidence.signing_key.display().to_string(),
        admin_password_set: true,
    };
    ctx.printer.emit(&created, || {
        fields(&[
            ("created", created.store.clone()),
            ("key file", created.key_file.clone()),
            ("signing key", created.signing_key.clone()),
            (
                "users",
                "admin (enabled), author, user, guest (disabled)".into(),
            ),
            (
                "roles",
                "fmeadmin, fmeauthor, fmeguest, fmesuperuser, fmeuser".into(),
            ),
        ])
    })?;
    Ok(Status::Success)
}
