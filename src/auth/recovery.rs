//! Password recovery: `auth recover` mails a one-time code to the user's address and
//! `auth reset` takes it with a new password. Codes are random (OS generator), kept as
//! SHA-256 digests, compared in constant time, expire after `recovery.code-minutes`
//! and work once. A user gets at most `MAILS_PER_HOUR` codes an hour; each stays valid
//! until used or expired, so a stranger's request never voids the one the user is about
//! to type, and `WRONG_CODES_MAX` wrong codes void them all.

use lettre::transport::smtp::authentication::Credentials;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::login::{Outcome, Refusal};
use super::{Smtp, digest, random_secret};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::settings::Settings;
use crate::store::{Store, audit, users};

/// Bytes of randomness in a code: 128 bits, far beyond guessing in its lifetime.
const CODE_BYTES: usize = 16;
/// Recovery mails a user gets in an hour at most: no mail flood.
pub const MAILS_PER_HOUR: i64 = 3;
/// Wrong codes that void every code a user has outstanding.
pub const WRONG_CODES_MAX: i64 = 5;

/// What `auth recover` did. Whoever asked through a token or session gets one answer
/// either way, so it tells them nothing of the user; the local administrator is told.
#[derive(Debug)]
pub enum Requested {
    Sent {
        to: String,
    },
    NotSent {
        reason: &'static str,
    },
    /// The mail could not be sent (no code was stored).
    Failed(Error),
}

/// `auth recover`: mails a fresh code to the user's email address. Needs
/// `email.smtp-url` and `email.from`; a user who is unknown, disabled, from a directory,
/// without an address or past the hourly limit gets no mail. If the mail cannot be sent,
/// no code is stored.
pub fn request(
    store: &mut Store,
    actor: &Actor,
    name: &Name,
    credentials: Option<Credentials>,
    now: i64,
) -> Result<Requested> {
    let settings = Settings::load(store.read())?;
    let (Some(url), Some(from)) = (&settings.smtp_url, &settings.email_from) else {
        return Err(Error::invalid("password recovery needs a mail server").with_hint(
            "set `email.smtp-url` and `email.from`: flowsec settings set email.smtp-url smtps://mail.example.com:465",
        ));
    };
    let user = store.read().find_user(name.as_str())?;
    let reason = match &user {
        None => Some("unknown_user"),
        Some(u) if u.ensure_local().is_err() => Some("directory_user"),
        Some(u) if !u.enabled => Some("disabled"),
        Some(u) if u.email.is_empty() => Some("no_email"),
        Some(_) => None,
    };
    let (Some(user), None) = (user, reason) else {
        return not_sent(store, actor, name, reason.unwrap_or("unknown_user"));
    };
    let code = Zeroizing::new(random_secret(CODE_BYTES)?);
    let minutes = settings.recovery_code_minutes;
    let smtp = Smtp {
        url,
        from,
        credentials,
    };
    let mail_failed = std::cell::Cell::new(false);
    let sent = store.write(actor, |tx| {
        // Counted under the write lock, so parallel requests cannot pass the limit.
        let hour_ago = now.saturating_sub(3600);
        if tx.codes_sent_since(user.id, hour_ago)? >= MAILS_PER_HOUR {
            return Ok(false);
        }
        let expires_at = now.saturating_add(minutes.saturating_mul(60));
        tx.add_code(user.id, &digest(&code), (now, hour_ago), expires_at)?;
        tx.record(
            "auth.recover",
            &user.name,
            serde_json::json!({"email": user.email, "minutes": minutes}),
        )?;
        // Last, so that a mail that cannot be sent leaves no code behind.
        smtp.send_recovery_code(&user.email, &user.name, &code, minutes)
            .inspect_err(|_| mail_failed.set(true))?;
        Ok(true)
    });
    let sent = match sent {
        Err(e) if mail_failed.get() => {
            not_sent(store, actor, name, "mail_failed")?;
            return Ok(Requested::Failed(e));
        }
        other => other?,
    };
    if !sent {
        return not_sent(store, actor, name, "rate_limited");
    }
    Ok(Requested::Sent { to: user.email })
}

/// A request that sent nothing, recorded as a refusal (bounded like every refusal).
fn not_sent(
    store: &mut Store,
    actor: &Actor,
    name: &Name,
    reason: &'static str,
) -> Result<Requested> {
    let target = if reason == "unknown_user" {
        "?"
    } else {
        name.as_str()
    };
    audit::refusal(
        store,
        actor,
        "auth.recover",
        target,
        serde_json::json!({"reason": reason}),
    )?;
    Ok(Requested::NotSent { reason })
}

/// `auth reset`: sets a new password when `code` is one of the user's outstanding codes
/// and has not expired. The user's codes are used up; the lockout and failure count are
/// cleared, and so is must-change-password, as the user chose the password.
pub fn reset(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    code: &str,
    new_password: &str,
    now: i64,
) -> Result<Outcome<()>> {
    let hash = Settings::load(store.read())?
        .policy
        .hash_new(name, new_password)?;
    let code = digest(&code.trim().to_ascii_lowercase());
    store.write(actor, |tx| {
        let account = match Name::parse("user", name) {
            Ok(name) => tx.account(name.as_str())?,
            Err(_) => None,
        };
        let Some(account) = account.filter(|a| a.enabled && !a.from_directory()) else {
            tx.record(
                "auth.failure",
                "?",
                serde_json::json!({"purpose": "auth.reset", "reason": "unknown_user"}),
            )?;
            return Ok(Outcome::Refused(Refusal::BadCode));
        };
        let outstanding = tx.valid_codes(account.id, now)?;
        // Every code is compared, so the time does not tell which one matched.
        let matched = outstanding
            .iter()
            .fold(subtle::Choice::from(0), |found, hash| {
                found | hash.ct_eq(&code)
            });
        if !bool::from(matched) {
            let reason = if outstanding.is_empty() {
                "no_code"
            } else {
                "wrong_code"
            };
            let mut details = serde_json::json!({"purpose": "auth.reset", "reason": reason});
            if !outstanding.is_empty() && tx.count_wrong_code(account.id, WRONG_CODES_MAX)? {
                tx.use_up_codes(account.id, now)?;
                details["codes_voided"] = true.into();
            }
            tx.record("auth.failure", &account.name, details)?;
            return Ok(Outcome::Refused(Refusal::BadCode));
        }
        tx.use_up_codes(account.id, now)?;
        tx.clear_failures(account.id)?;
        users::set_password_hash(tx, account.id, &account.name, &hash, true, now)?;
        tx.record("auth.reset", &account.name, serde_json::json!({}))?;
        Ok(Outcome::Accepted(()))
    })
}
