//! Checking a user's password: the one path shared by `auth verify`, `auth login` and
//! `auth passwd`. Every refusal costs one argon2 verification and gives one answer,
//! whether the user is unknown, disabled, password-less, from a directory, locked out,
//! or typed a wrong password, so neither the time nor the answer tells them apart.

use std::path::Path;

use serde::Serialize;

use super::password;
use crate::directory::{self, Verdict};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::settings::Settings;
use crate::store::users::{self, Account};
use crate::store::{Store, Tx};

/// Why a password (or recovery code) was not accepted. Only a caller that knew the
/// right password learns more than `BadCredentials`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    BadCredentials,
    PasswordExpired,
    MustChangePassword,
    BadCode,
}

impl Refusal {
    /// One line for the person at the terminal.
    pub fn message(self, user: &str) -> String {
        match self {
            Refusal::BadCredentials => "wrong user name or password".into(),
            Refusal::PasswordExpired => format!(
                "the password of `{user}` has expired: change it with `flowsec auth passwd {user}`"
            ),
            Refusal::MustChangePassword => format!(
                "the password of `{user}` must be changed first: `flowsec auth passwd {user}`"
            ),
            Refusal::BadCode => "the recovery code is wrong, expired or already used".into(),
        }
    }

    /// As an error of kind `auth`, for commands that are not predicates.
    pub fn error(self, user: &str) -> Error {
        Error::new(crate::error::ErrorKind::Auth, self.message(user))
    }
}

/// Accepted (with what the caller asked for) or refused.
#[derive(Debug)]
pub enum Outcome<T> {
    Accepted(T),
    Refused(Refusal),
}

/// What the password is being checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    Verify,
    Login,
    /// Changing the password is what an expired or must-change password still allows.
    ChangePassword,
}

impl Purpose {
    fn action(self) -> &'static str {
        match self {
            Purpose::Verify => "auth.verify",
            Purpose::Login => "auth.login",
            Purpose::ChangePassword => "auth.passwd",
        }
    }
}

/// One try: a password given for a user name, for a purpose, at a time. `key_file`
/// opens a directory's bind password, for users whose password a directory checks.
pub(crate) struct Attempt<'a> {
    pub name: &'a str,
    pub password: &'a str,
    pub purpose: Purpose,
    pub now: i64,
    pub key_file: &'a Path,
}

/// How the password was checked: a local hash, or the user's directory.
enum Checked {
    Local {
        matched: bool,
        stronger: Option<String>,
    },
    Directory(Verdict),
}

impl Checked {
    fn matched(&self) -> bool {
        match self {
            Checked::Local { matched, .. } => *matched,
            Checked::Directory(verdict) => *verdict == Verdict::Accepted,
        }
    }
}

/// Checks the attempt and, when it is accepted, runs `accepted` in the same
/// transaction. Failures, lockouts and successes are counted and recorded whatever the
/// outcome, so a refusal commits too.
pub(crate) fn authenticate<T>(
    store: &mut Store,
    settings: &Settings,
    actor: &Actor,
    attempt: Attempt<'_>,
    accepted: impl FnOnce(&Tx<'_>, &Account) -> Result<T>,
) -> Result<Outcome<T>> {
    let Attempt {
        name,
        password,
        purpose,
        now,
        key_file,
    } = attempt;
    // A malformed name is just another unknown user.
    let account = match Name::parse("user", name) {
        Ok(name) => users::account(store.conn(), name.as_str())?,
        Err(_) => None,
    };
    let usable = account.as_ref().filter(|a| a.can_authenticate());
    // Outside the write lock: argon2 and the directory are the slow parts. A locked
    // account is not tried against its directory, so the lock also spares the directory.
    let checked = match usable {
        Some(a) if a.from_directory() && !a.locked_at(now) => {
            // The argon2 check an unknown name costs, so that the time does not tell a
            // directory user from an unknown name; its answer means nothing.
            password::verify_or_dummy(password, None)?;
            Checked::Directory(directory::authenticate(
                store, actor, key_file, &a.source, &a.name, password,
            )?)
        }
        _ => {
            let stored_hash = usable.and_then(|a| a.password_hash.as_deref());
            let matched = password::verify_or_dummy(password, stored_hash)?;
            let stronger = match stored_hash {
                Some(phc) if matched && password::needs_rehash(phc)? => {
                    Some(password::hash(password)?)
                }
                _ => None,
            };
            Checked::Local { matched, stronger }
        }
    };
    let stronger = match &checked {
        Checked::Local { stronger, .. } => stronger.as_deref(),
        Checked::Directory(_) => None,
    };
    store.write(actor, |tx| {
        let refuse = |reason: &str, refusal: Refusal| -> Result<Outcome<T>> {
            let target = account.as_ref().map_or("?", |a| a.name.as_str());
            tx.record(
                "auth.failure",
                target,
                serde_json::json!({"purpose": purpose.action(), "reason": reason}),
            )?;
            Ok(Outcome::Refused(refusal))
        };
        let Some(account) = usable else {
            let reason = match &account {
                None => "unknown_user",
                Some(a) if !a.enabled => "disabled",
                Some(_) => "no_password",
            };
            return refuse(reason, Refusal::BadCredentials);
        };
        if account.locked_at(now) {
            return refuse("locked", Refusal::BadCredentials);
        }
        // The directory no longer has the user (or is gone): like an unknown name,
        // not counted against the account.
        if let Checked::Directory(verdict @ (Verdict::NotFound | Verdict::NoDirectory)) = checked {
            return refuse(verdict.reason(), Refusal::BadCredentials);
        }
        if !checked.matched() {
            let lock_until = now.saturating_add(settings.lockout_minutes.saturating_mul(60));
            if users::count_failure(tx, account.id, settings.max_failures, lock_until)? {
                tx.record(
                    "auth.lockout",
                    &account.name,
                    serde_json::json!({"minutes": settings.lockout_minutes}),
                )?;
            }
            let reason = match checked {
                Checked::Directory(verdict) => verdict.reason(),
                Checked::Local { .. } => "wrong_password",
            };
            return refuse(reason, Refusal::BadCredentials);
        }
        // The password was right: whatever follows, the failures are forgotten.
        users::clear_failures(tx, account.id)?;
        if purpose != Purpose::ChangePassword {
            if account.must_change_password {
                return refuse("must_change_password", Refusal::MustChangePassword);
            }
            if account.password_expired(settings.expiry_days, now) {
                return refuse("password_expired", Refusal::PasswordExpired);
            }
        }
        if let Some(hash) = stronger {
            users::upgrade_password_hash(tx, account.id, hash)?;
        }
        let value = accepted(tx, account)?;
        if purpose != Purpose::ChangePassword {
            tx.record(
                purpose.action(),
                &account.name,
                serde_json::json!({"rehashed": stronger.is_some()}),
            )?;
        }
        Ok(Outcome::Accepted(value))
    })
}

/// `auth verify`: whether `password` is the password of `name` and the user may log
/// in now. Opens no session.
pub fn verify(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    name: &str,
    password: &str,
    now: i64,
) -> Result<Outcome<()>> {
    let settings = Settings::load(store.conn())?;
    authenticate(
        store,
        &settings,
        actor,
        Attempt {
            name,
            password,
            purpose: Purpose::Verify,
            now,
            key_file,
        },
        |_, _| Ok(()),
    )
}

/// `auth passwd`: the user changes their own password, proving the current one. The
/// new one must meet the policy and differ from the current one. Clears
/// must-change-password, restarts the password's age and ends the user's sessions.
pub fn change_password(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    name: &str,
    current: &str,
    new: &str,
    now: i64,
) -> Result<Outcome<()>> {
    if new == current {
        return Err(Error::invalid(
            "the new password must differ from the current one",
        ));
    }
    let settings = Settings::load(store.conn())?;
    let hash = settings.policy.hash_new(name, new)?;
    authenticate(
        store,
        &settings,
        actor,
        Attempt {
            name,
            password: current,
            purpose: Purpose::ChangePassword,
            now,
            key_file,
        },
        |tx, account| {
            // Told only to whoever knew the password: no name is given away.
            if account.from_directory() {
                return Err(Error::invalid(format!(
                    "user `{}` comes from directory `{}`; change the password there",
                    account.name, account.source
                )));
            }
            users::set_password_hash(tx, account.id, &account.name, &hash, true, now)
        },
    )
}
