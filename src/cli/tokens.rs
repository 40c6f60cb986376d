//! `flowsec tokens`: API tokens that let scripts act as a user, possibly restricted.

use std::io::IsTerminal;

use clap::Subcommand;
use serde::Serialize;
use zeroize::Zeroizing;

use super::{Context, Status, user_name};
use crate::auth::credentials;
use crate::error::{Error, ErrorKind, Result};
use crate::facts::{Facts, Subject};
use crate::identity::{Actor, Credential};
use crate::model::{Name, Permission};
use crate::output::{fields, list_cell, table};
use crate::settings::Settings;
use crate::store::tokens::{self, Token};
use crate::store::{Store, now, users};
use crate::time::parse_expiry;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a token; its secret is printed once, never again
    #[command(after_help = "Examples:
  flowsec tokens create ci-deploy --expires 90d --permission repositories/Samples:run
  flowsec tokens create nightly --user svc-ci --description 'nightly jobs'
  FLOWSEC_TOKEN=$(flowsec -q tokens create ci --user alice) flowsec check jobs:access

Without --permission the token carries all of its user's permissions, as they are at
each use; with it, only those (each of which the user must hold now).")]
    Create {
        /// Unique among the user's tokens
        name: String,
        /// Whose token [default: the acting user]
        #[arg(long, value_name = "USER")]
        user: Option<String>,
        /// A duration (12h, 30d) or an RFC 3339 time [default: token.default-expiry, 30d]
        #[arg(long, value_name = "WHEN")]
        expires: Option<String>,
        #[arg(long, default_value = "")]
        description: String,
        /// Restrict the token to this permission (repeatable)
        #[arg(long = "permission", value_name = "TARGET:ACTION")]
        permissions: Vec<String>,
    },
    /// List tokens with their status, expiry, last use and scopes
    #[command(after_help = "Examples:\n  flowsec tokens list --user alice")]
    List {
        /// Only this user's tokens [default: the acting user's, or everyone's]
        #[arg(long, value_name = "USER")]
        user: Option<String>,
    },
    /// Show one token
    Show {
        /// The token's id (from `tokens list`)
        id: String,
    },
    /// Revoke a token for good (or every token of a user)
    #[command(after_help = "Examples:
  flowsec tokens revoke 3fa9c2e1b7d04a5e
  flowsec tokens revoke --user alice --all")]
    Revoke {
        /// The token's id
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<String>,
        /// Whose tokens to revoke, with --all
        #[arg(long, value_name = "USER", requires = "all")]
        user: Option<String>,
        /// Revoke every token of --user
        #[arg(long, requires = "user")]
        all: bool,
    },
    /// Let a disabled token be used again
    Enable {
        /// The token's id
        id: String,
    },
    /// Stop a token from being used until it is enabled
    Disable {
        /// The token's id
        id: String,
    },
    /// Is this token valid? Reads FLOWSEC_TOKEN, or stdin; exit 0 valid, 1 not
    #[command(after_help = "Examples:
  FLOWSEC_TOKEN=\"$T\" flowsec tokens verify
  printf '%s\\n' \"$T\" | flowsec tokens verify")]
    Verify,
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Create {
            name,
            user,
            expires,
            description,
            permissions,
        } => create(
            &name,
            user.as_deref(),
            expires.as_deref(),
            &description,
            &permissions,
            ctx,
        ),
        Command::List { user } => list(user.as_deref(), ctx),
        Command::Show { id } => {
            let token = tokens::get(ctx.store()?.read(), &id, now())?;
            ctx.printer.emit(&token, || describe(&token))?;
            Ok(Status::Success)
        }
        Command::Revoke { id, user, .. } => revoke(id.as_deref(), user.as_deref(), ctx),
        Command::Enable { id } => set_enabled(&id, true, ctx),
        Command::Disable { id } => set_enabled(&id, false, ctx),
        Command::Verify => match verified_token()? {
            Some(raw) => verify(&raw, ctx),
            None => Err(Error::usage("no token to verify")
                .with_hint("set FLOWSEC_TOKEN, or pipe the token on stdin")),
        },
    }
}

/// The user a token command is about: `--user`, else the acting user.
pub(super) fn whose(user: Option<&str>, ctx: &Context) -> Result<Option<Name>> {
    match (user, ctx.actor.user()) {
        (Some(user), _) => user_name(user).map(Some),
        (None, Some(acting)) => user_name(acting).map(Some),
        (None, None) => Ok(None),
    }
}

#[derive(Serialize)]
struct Created<'a> {
    token: &'a str,
    #[serde(flatten)]
    details: &'a Token,
}

fn create(
    name: &str,
    user: Option<&str>,
    expires: Option<&str>,
    description: &str,
    permissions: &[String],
    ctx: &Context,
) -> Result<Status> {
    let name = Name::parse("token", name)?;
    let user = whose(user, ctx)?.ok_or_else(|| {
        Error::usage("name the token's user with --user")
            .with_hint("the local administrator has no token of its own")
    })?;
    let scopes = permissions
        .iter()
        .map(|p| Permission::parse(p))
        .collect::<Result<Vec<_>>>()?;
    let at = now();
    let mut store = ctx.store()?;
    let expires_at = match expires {
        Some(raw) => parse_expiry(raw, at)?,
        None => at.saturating_add(Settings::load(store.read())?.token_default_expiry),
    };
    let new = crate::tokens::Request {
        user: &user,
        name: &name,
        description,
        expires_at,
        scopes: (!scopes.is_empty()).then_some(scopes.as_slice()),
    };
    let (secret, token) = store.write(&ctx.actor, |tx| crate::tokens::issue(tx, &new, at))?;
    if ctx.printer.quiet {
        // Scripts capture the secret this way; it is the one thing a quiet run prints.
        println!("{}", secret.as_str());
        return Ok(Status::Success);
    }
    let created = Created {
        token: &secret,
        details: &token,
    };
    ctx.printer.emit(&created, || {
        format!(
            "{}\n\n{}\nthe token is shown this once; keep it somewhere safe",
            describe(&token),
            secret.as_str()
        )
    })?;
    Ok(Status::Success)
}

fn list(user: Option<&str>, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let user = match whose(user, ctx)? {
        Some(name) => Some(users::get(store.read(), &name)?.id),
        None => None,
    };
    let listed = store.read().list_tokens(user, now())?;
    ctx.printer.emit(&listed, || {
        table(
            &[
                "id",
                "user",
                "name",
                "status",
                "expires",
                "last used",
                "scopes",
            ],
            listed.iter().map(|t| {
                vec![
                    t.id.clone(),
                    t.user.clone(),
                    t.name.clone(),
                    t.status.as_str().to_string(),
                    t.expires.clone(),
                    t.last_used.clone().unwrap_or_default(),
                    scopes_cell(t),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}

fn scopes_cell(token: &Token) -> String {
    match &token.scopes {
        None => "all of the user's".to_string(),
        Some(scopes) => list_cell(&scopes.iter().map(ToString::to_string).collect::<Vec<_>>()),
    }
}

fn describe(token: &Token) -> String {
    fields(&[
        ("id", token.id.clone()),
        ("user", token.user.clone()),
        ("name", token.name.clone()),
        ("description", token.description.clone()),
        ("status", token.status.as_str().to_string()),
        ("created", token.created.clone()),
        ("expires", token.expires.clone()),
        ("last used", token.last_used.clone().unwrap_or_default()),
        ("scopes", scopes_cell(token)),
    ])
}

fn revoke(id: Option<&str>, user: Option<&str>, ctx: &Context) -> Result<Status> {
    let at = now();
    let user = user.map(user_name).transpose()?;
    let revoked = ctx.store()?.write(&ctx.actor, |tx| {
        let targets = match (id, &user) {
            (Some(id), _) => vec![tokens::get(tx, id, at)?],
            (None, Some(user)) => tx.list_tokens(Some(users::get(tx, user)?.id), at)?,
            (None, None) => return Err(Error::usage("name a token id, or --user with --all")),
        };
        let mut revoked = Vec::new();
        for token in targets {
            if tokens::revoke(tx, &token, at)? {
                revoked.push(token.id);
            }
        }
        Ok(revoked)
    })?;
    ctx.printer
        .emit(&serde_json::json!({"revoked": revoked}), || {
            if revoked.is_empty() {
                "nothing to revoke".to_string()
            } else {
                format!("revoked {}", revoked.join(", "))
            }
        })?;
    Ok(Status::Success)
}

fn set_enabled(id: &str, enabled: bool, ctx: &Context) -> Result<Status> {
    let at = now();
    let mut store = ctx.store()?;
    store.write(&ctx.actor, |tx| {
        tokens::set_enabled(tx, &tokens::get(tx, id, at)?, enabled)
    })?;
    let token = tokens::get(store.read(), id, at)?;
    ctx.printer.emit(&token, || {
        format!("token `{}` is {}", token.id, token.status.as_str())
    })?;
    Ok(Status::Success)
}

#[derive(Serialize)]
struct Verdict {
    valid: bool,
    id: Option<String>,
    user: Option<String>,
    status: Option<&'static str>,
    reason: Option<String>,
}

/// The token `tokens verify` is given without `--token`: the first line of stdin, unless
/// stdin is a terminal (nothing was piped).
fn verified_token() -> Result<Option<Zeroizing<String>>> {
    if std::io::stdin().is_terminal() {
        return Ok(None);
    }
    super::secret::from_stdin("token").map(Some)
}

/// The command's words in the audit trail.
const VERIFY: &str = "tokens verify";

/// `tokens verify`: whether `raw` lets its user act now (0) or not (1). A known token
/// counts as used.
pub fn verify(raw: &Zeroizing<String>, ctx: &Context) -> Result<Status> {
    let mut store = Store::open(&ctx.config.db)?;
    let verdict = match credentials::from_token(&store, raw) {
        Err(e) if e.kind() == ErrorKind::Auth => {
            let claimed = crate::tokens::Presented::claimed_id(raw);
            let target = claimed.as_deref().unwrap_or("?");
            let refused = ("token.refused", target);
            let why = (e.kind(), e.message());
            super::record_refusal(&mut store, &Actor::local(), refused, VERIFY, why);
            Verdict {
                valid: false,
                id: None,
                user: None,
                status: None,
                reason: Some(e.message().to_string()),
            }
        }
        Err(e) => return Err(e),
        Ok(actor) => {
            let Actor::User {
                name,
                via: Credential::Token(token),
            } = &actor
            else {
                return Err(Error::usage("no token to verify"));
            };
            let rejected = match Subject::of(&actor) {
                Some(me) => Facts::new(store.read()).decide(me, &[])?.subject.rejected,
                None => None,
            };
            match rejected {
                None => credentials::record_use(&actor, &mut store)?,
                Some(why) => {
                    let refused = ("token.refused", token.id.as_str());
                    let why = (ErrorKind::Auth, why.describe());
                    super::record_refusal(&mut store, &actor, refused, VERIFY, why);
                }
            }
            Verdict {
                valid: rejected.is_none(),
                id: Some(token.id.clone()),
                user: Some(name.clone()),
                status: Some(token.state.as_str()),
                reason: rejected.map(|r| r.describe().to_string()),
            }
        }
    };
    ctx.printer
        .emit(&verdict, || match (&verdict.user, &verdict.reason) {
            (Some(user), None) => format!("valid: acts as `{user}`"),
            (_, Some(reason)) => format!("not valid: {reason}"),
            (None, None) => "not valid".to_string(),
        })?;
    Ok(if verdict.valid {
        Status::Success
    } else {
        Status::No
    })
}
