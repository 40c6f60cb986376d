//! Password recovery: `auth recover` mails a one-time code to the user's address and
//! `auth reset` takes it with a new password. Codes are random (OS generator), kept as
//! SHA-256 digests, compared in constant time, expire after `recovery.code-minutes`
//! and work once; a new request replaces the outstanding code.

use lettre::transport::smtp::authentication::Credentials;
use rusqlite::{OptionalExtension, params};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::login::{Outcome, Refusal};
use super::{Smtp, digest, random_secret};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::settings::Settings;
use crate::store::Store;
use crate::store::users;

/// Bytes of randomness in a code: 128 bits, far beyond guessing in its lifetime.
const CODE_BYTES: usize = 16;

/// An address as shown to someone who may not know it: `a***@example.com`.
pub fn masked(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

/// `auth recover`: mails a fresh code to the user's email address. Needs
/// `email.smtp-url`, `email.from` and an address on a local, enabled user. Returns the
/// address the code went to. If the mail cannot be sent, no code is stored.
pub fn request(
    store: &mut Store,
    actor: &Actor,
    name: &Name,
    credentials: Option<Credentials>,
    now: i64,
) -> Result<String> {
    let settings = Settings::load(store.conn())?;
    let (Some(url), Some(from)) = (&settings.smtp_url, &settings.email_from) else {
        return Err(Error::invalid("password recovery needs a mail server").with_hint(
            "set `email.smtp-url` and `email.from`: flowsec settings set email.smtp-url smtps://mail.example.com:465",
        ));
    };
    let user = users::get(store.conn(), name)?;
    user.ensure_local()?;
    if !user.enabled {
        return Err(Error::invalid(format!("user `{}` is disabled", user.name)));
    }
    if user.email.is_empty() {
        return Err(
            Error::invalid(format!("user `{}` has no email address", user.name)).with_hint(
                format!(
                    "give it one: flowsec users update {} --email ADDRESS",
                    user.name
                ),
            ),
        );
    }
    let code = Zeroizing::new(random_secret(CODE_BYTES)?);
    let minutes = settings.recovery_code_minutes;
    let smtp = Smtp {
        url,
        from,
        credentials,
    };
    store.write(actor, |tx| {
        tx.execute(
            "INSERT INTO recovery_codes (user_id, code_hash, expires_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (user_id) DO UPDATE
             SET code_hash = excluded.code_hash, expires_at = excluded.expires_at",
            params![
                user.id,
                digest(&code),
                now.saturating_add(minutes.saturating_mul(60))
            ],
        )?;
        tx.record(
            "auth.recover",
            &user.name,
            serde_json::json!({"email": user.email, "minutes": minutes}),
        )?;
        // Last, so that a mail that cannot be sent leaves no code behind.
        smtp.send_recovery_code(&user.email, &user.name, &code, minutes)
    })?;
    Ok(user.email)
}

/// `auth reset`: sets a new password when `code` is the user's outstanding code and has
/// not expired. The code is used up; the lockout and failure count are cleared, and so
/// is must-change-password, as the user chose the password.
pub fn reset(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    code: &str,
    new_password: &str,
    now: i64,
) -> Result<Outcome<()>> {
    let hash = Settings::load(store.conn())?
        .policy
        .hash_new(name, new_password)?;
    let code = code.trim().to_ascii_lowercase();
    store.write(actor, |tx| {
        let account = match Name::parse("user", name) {
            Ok(name) => users::account(tx, name.as_str())?,
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
        let stored: Option<(Vec<u8>, i64)> = tx
            .query_row(
                "SELECT code_hash, expires_at FROM recovery_codes WHERE user_id = ?1",
                [account.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let reason = match &stored {
            None => Some("no_code"),
            Some((_, expires)) if *expires <= now => Some("expired_code"),
            Some((hash, _)) if !bool::from(hash.ct_eq(&digest(&code))) => Some("wrong_code"),
            Some(_) => None,
        };
        if let Some(reason) = reason {
            tx.record(
                "auth.failure",
                &account.name,
                serde_json::json!({"purpose": "auth.reset", "reason": reason}),
            )?;
            return Ok(Outcome::Refused(Refusal::BadCode));
        }
        tx.execute(
            "DELETE FROM recovery_codes WHERE user_id = ?1",
            [account.id],
        )?;
        users::clear_failures(tx, account.id)?;
        users::set_password_hash(tx, account.id, &account.name, &hash, true, now)?;
        tx.record("auth.reset", &account.name, serde_json::json!({}))?;
        Ok(Outcome::Accepted(()))
    })
}

#[cfg(test)]
mod mask_tests {
    use super::masked;

    #[test]
    fn addresses_are_masked_to_their_first_letter_and_domain() {
        assert_eq!(masked("alice@example.com"), "a***@example.com");
        assert_eq!(masked("nobody"), "***");
    }
}
