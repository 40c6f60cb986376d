//! `flowsec auth`: verify passwords, log in and out, change a password, and recover a
//! forgotten one by email.

use std::path::PathBuf;

use clap::Subcommand;
use serde::Serialize;

use super::{Context, Status, secret, user_name};
use crate::auth::session::{self, SessionInfo};
use crate::auth::{self, Outcome, Refusal, recovery};
use crate::error::{Error, Result};
use crate::output::fields;
use crate::settings::Settings;
use crate::store::{Store, now};

/// Where `auth reset` reads the recovery code from when it is not typed at a prompt.
const RESET_CODE_ENV: &str = "FLOWSEC_RESET_CODE";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check USER's password: exit 0 when it is right and the user may log in, 1 when
    /// not; opens no session
    #[command(after_help = "Examples:
  printf '%s\\n' \"$PW\" | flowsec auth verify alice --password-stdin && echo ok")]
    Verify {
        /// The user
        name: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Log in as USER: opens a session kept for this store in a private file under the
    /// state directory; it ends after `session.idle-minutes` unused
    #[command(after_help = "Examples:
  flowsec auth login alice
  printf '%s\\n' \"$PW\" | flowsec auth login alice --password-stdin")]
    Login {
        /// The user
        name: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// End this store's session
    #[command(after_help = "Examples:\n  flowsec auth logout")]
    Logout,
    /// Show this store's session; exit 1 when none is active
    #[command(after_help = "Examples:\n  flowsec auth status || flowsec auth login alice")]
    Status,
    /// Change USER's own password: the current one, then the new one (also what an
    /// expired or must-change password requires)
    #[command(after_help = "Examples:
  flowsec auth passwd alice
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | flowsec auth passwd alice --password-stdin")]
    Passwd {
        /// The user
        name: String,
        /// Read the current password, then the new one, one a line from stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Mail USER a one-time code for `auth reset` (needs email.smtp-url, email.from
    /// and an email address on the user)
    #[command(after_help = "Examples:
  flowsec settings set email.smtp-url smtps://mail.example.com:465
  flowsec settings set email.from 'Flowsec <noreply@example.com>'
  flowsec auth recover alice")]
    Recover {
        /// The user
        name: String,
    },
    /// Set a new password for USER with the mailed code (from FLOWSEC_RESET_CODE or a
    /// prompt); also ends a lockout
    #[command(after_help = "Examples:
  flowsec auth reset alice
  FLOWSEC_RESET_CODE=\"$CODE\" flowsec auth reset alice --password-stdin < new-password.txt")]
    Reset {
        /// The user
        name: String,
        /// Read the new password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Verify {
            name,
            password_stdin,
        } => verify(&name, password_stdin, ctx),
        Command::Login {
            name,
            password_stdin,
        } => login(&name, password_stdin, ctx),
        Command::Logout => logout(ctx),
        Command::Status => status(ctx),
        Command::Passwd {
            name,
            password_stdin,
        } => passwd(&name, password_stdin, ctx),
        Command::Recover { name } => recover(&name, ctx),
        Command::Reset {
            name,
            password_stdin,
        } => reset(&name, password_stdin, ctx),
    }
}

/// What runs while this store's session file names a session that has ended: the
/// authentication commands, which carry their own proof (a password or a code) or
/// replace, end or report on the session.
pub(super) fn works_without_session(command: &super::Command) -> bool {
    matches!(command, super::Command::Auth(_))
}

/// What looks at the session without using it, so does not extend it.
pub(super) fn only_looks(command: &super::Command) -> bool {
    matches!(command, super::Command::Auth(Command::Status))
}

fn password(name: &str, use_stdin: bool) -> Result<zeroize::Zeroizing<String>> {
    secret::current_password(
        use_stdin,
        &format!("Password for {name}"),
        "--password-stdin",
    )
}

/// A refusal from a command that is not a predicate: an `auth` error, exit 1.
fn refused(refusal: Refusal, name: &str, ctx: &Context) -> Result<Status> {
    ctx.printer.error(&refusal.error(name));
    Ok(Status::No)
}

/// Reports a new password that the current one or a code allowed (`{"user":..,
/// what: true}`), or the refusal.
fn password_set(outcome: Outcome<()>, name: &str, what: &str, ctx: &Context) -> Result<Status> {
    match outcome {
        Outcome::Accepted(()) => {
            ctx.printer
                .emit(&serde_json::json!({"user": name, what: true}), || {
                    format!("set a new password for `{name}`")
                })?;
            Ok(Status::Success)
        }
        Outcome::Refused(r) => refused(r, name, ctx),
    }
}

#[derive(Serialize)]
struct Verified<'a> {
    user: &'a str,
    verified: bool,
    reason: Option<Refusal>,
}

fn verify(name: &str, use_stdin: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let password = password(name, use_stdin)?;
    let outcome = auth::verify(
        &mut store,
        &ctx.actor,
        &ctx.config.key_file,
        name,
        &password,
        now(),
    )?;
    let reason = match outcome {
        Outcome::Accepted(()) => None,
        Outcome::Refused(r) => Some(r),
    };
    let answer = Verified {
        user: name,
        verified: reason.is_none(),
        reason,
    };
    ctx.printer.emit(&answer, || match reason {
        None => "verified".into(),
        Some(r) => format!("refused: {}", r.message(name)),
    })?;
    Ok(if reason.is_none() {
        Status::Success
    } else {
        Status::No
    })
}

fn session_file(store: &Store) -> Result<PathBuf> {
    session::file_for(store)
}

fn session_fields(info: &SessionInfo) -> String {
    fields(&[
        ("user", info.user.clone()),
        ("started", info.started.clone()),
        ("last used", info.last_used.clone()),
        ("ends if unused", info.idle_expires.clone()),
    ])
}

fn login(name: &str, use_stdin: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let file = session_file(&store)?;
    let password = password(name, use_stdin)?;
    match session::login(
        &mut store,
        &ctx.actor,
        &ctx.config.key_file,
        name,
        &password,
        &file,
        now(),
    )? {
        Outcome::Accepted(info) => {
            ctx.printer.emit(&info, || session_fields(&info))?;
            Ok(Status::Success)
        }
        Outcome::Refused(r) => refused(r, name, ctx),
    }
}

fn logout(ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let file = session_file(&store)?;
    let ended = session::logout(&mut store, &ctx.actor, &file)?;
    ctx.printer
        .emit(&serde_json::json!({"logged_out": ended}), || match &ended {
            Some(user) => format!("logged out `{user}`"),
            None => "no session was open".into(),
        })?;
    Ok(Status::Success)
}

#[derive(Serialize)]
struct SessionStatus {
    active: bool,
    #[serde(flatten)]
    session: Option<SessionInfo>,
}

fn status(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let file = session_file(&store)?;
    let session = session::status(store.read(), &file, now())?;
    let answer = SessionStatus {
        active: session.is_some(),
        session,
    };
    ctx.printer.emit(&answer, || match &answer.session {
        Some(info) => session_fields(info),
        None => "no session".into(),
    })?;
    Ok(if answer.active {
        Status::Success
    } else {
        Status::No
    })
}

fn passwd(name: &str, use_stdin: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let current = secret::current_password(
        use_stdin,
        &format!("Current password for {name}"),
        "--password-stdin (the current password, then the new one, one a line)",
    )?;
    let new = secret::new_password(
        use_stdin,
        &format!("New password for {name}"),
        "--password-stdin (the current password, then the new one, one a line)",
    )?;
    let outcome = auth::change_password(
        &mut store,
        &ctx.actor,
        &ctx.config.key_file,
        name,
        &current,
        &new,
        now(),
    )?;
    password_set(outcome, name, "password_changed", ctx)
}

fn recover(name: &str, ctx: &Context) -> Result<Status> {
    let name = user_name(name)?;
    let mut store = ctx.store()?;
    let credentials =
        Settings::load(store.read())?.smtp_credentials(store.read(), &ctx.config.key_file)?;
    let requested = recovery::request(&mut store, &ctx.actor, &name, credentials, now())?;
    // Only the local administrator, who can read the store anyway, learns what happened;
    // anyone else gets one answer, which says nothing of the user.
    if ctx.actor.user().is_some() {
        ctx.printer.emit(
            &serde_json::json!({"user": name.as_str(), "sent_to": null}),
            || {
                format!(
                    "if `{name}` may recover a password by email, a code is on its way to the address on the account"
                )
            },
        )?;
        return Ok(Status::Success);
    }
    let sent_to = match requested {
        recovery::Requested::Sent { to } => to,
        recovery::Requested::NotSent { reason } => return Err(not_sent(&name, reason)),
        recovery::Requested::Failed(e) => return Err(e),
    };
    ctx.printer.emit(
        &serde_json::json!({"user": name.as_str(), "sent_to": sent_to}),
        || format!("mailed a recovery code for `{name}` to {sent_to}"),
    )?;
    Ok(Status::Success)
}

/// Why no code was mailed, for the local administrator.
fn not_sent(name: &crate::model::Name, reason: &str) -> Error {
    match reason {
        "unknown_user" => Error::not_found(format!("no user `{name}`")),
        "disabled" => Error::invalid(format!("user `{name}` is disabled")),
        "directory_user" => Error::invalid(format!(
            "user `{name}` comes from a directory; its password is kept there"
        )),
        "no_email" => Error::invalid(format!("user `{name}` has no email address")).with_hint(
            format!("give it one: flowsec users update {name} --email ADDRESS"),
        ),
        _ => Error::conflict(format!(
            "`{name}` was sent {} recovery mails in the last hour; no more are sent until it has passed",
            recovery::MAILS_PER_HOUR
        )),
    }
}

fn reset(name: &str, use_stdin: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let code = match std::env::var(RESET_CODE_ENV) {
        Ok(code) => zeroize::Zeroizing::new(code),
        Err(_) => secret::prompt_secret(
            "recovery code",
            "Recovery code from the mail",
            &format!("set {RESET_CODE_ENV} to the code"),
        )?,
    };
    let new = secret::new_password(
        use_stdin,
        &format!("New password for {name}"),
        "--password-stdin",
    )?;
    let outcome = recovery::reset(&mut store, &ctx.actor, name, &code, &new, now())?;
    password_set(outcome, name, "password_reset", ctx)
}
