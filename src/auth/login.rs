//! Checking a user's password: the one path shared by `auth verify`, `auth login` and
//! `auth passwd`. Every refusal costs one argon2 verification and gives one answer,
//! whether the user is unknown, disabled, password-less, from a directory, locked out,
//! or typed a wrong password, so neither the time nor the answer tells them apart.

use std::path::Path;

use serde::Serialize;

use crate::directory::{self, Verdict};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::password;
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

    /// Checks `password` against a local hash; without one, against a dummy of the same
    /// cost, whose answer means nothing.
    fn local(password: &str, stored_hash: Option<&str>) -> Result<Checked> {
        let matched = password::verify_or_dummy(password, stored_hash)?;
        let stronger = match stored_hash {
            Some(phc) if matched && password::needs_rehash(phc)? => Some(password::hash(password)?),
            _ => None,
        };
        Ok(Checked::Local { matched, stronger })
    }
}

/// What the first transaction of an attempt decided, before any password is checked.
enum Claim {
    /// The password is not checked against the account (only against a dummy hash):
    /// unknown, disabled, password-less or locked. `target` is the account's name.
    Refused {
        target: Option<String>,
        reason: &'static str,
    },
    /// The attempt is counted as a failure from here on, so parallel attempts can check
    /// no more passwords than the lockout allows; a right password takes it back.
    Counted { account: Account, locked_it: bool },
}

/// Takes the lock decision inside the write transaction: a locked account is not tried,
/// and an unlocked one is charged a failure before its password is checked.
fn claim(tx: &Tx<'_>, name: &str, settings: &Settings, now: i64) -> Result<Claim> {
    // A malformed name is just another unknown user.
    let account = match Name::parse("user", name) {
        Ok(name) => tx.account(name.as_str())?,
        Err(_) => None,
    };
    let Some(account) = account else {
        return Ok(Claim::Refused {
            target: None,
            reason: "unknown_user",
        });
    };
    if let Some(reason) = rejection(&account, now) {
        return Ok(Claim::Refused {
            target: Some(account.name),
            reason,
        });
    }
    let lock_until = now.saturating_add(settings.lockout_minutes.saturating_mul(60));
    let locked_it = tx.count_failure(account.id, settings.max_failures, lock_until)?;
    Ok(Claim::Counted { account, locked_it })
}

/// Why an account cannot have its password checked now, if it cannot.
fn rejection(account: &Account, now: i64) -> Option<&'static str> {
    if !account.enabled {
        Some("disabled")
    } else if !account.can_authenticate() {
        Some("no_password")
    } else if account.locked_at(now) {
        Some("locked")
    } else {
        None
    }
}

/// Checks the attempt and, when it is accepted, runs `accepted` in the same
/// transaction. Failures, lockouts and successes are counted and recorded whatever the
/// outcome, so a refusal commits too.
///
/// Three steps: a write transaction takes the lock decision and charges the attempt a
/// failure; the password is checked outside the write lock (argon2 and the directory
/// are the slow parts); a second write transaction settles the attempt on the account
/// as it is then. So however many attempts run in parallel, at most
/// `login.max-failures` passwords are checked before the lock, and the lock holds
/// against the right password.
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
    let claim = store.write(actor, |tx| claim(tx, name, settings, now))?;
    let checked = match &claim {
        Claim::Counted { account, .. } if account.from_directory() => {
            // The argon2 check an unknown name costs, so that the time does not tell a
            // directory user from an unknown name.
            password::verify_or_dummy(password, None).and_then(|_| {
                directory::authenticate(
                    store,
                    actor,
                    key_file,
                    &account.source,
                    &account.name,
                    password,
                )
                .map(Checked::Directory)
            })
        }
        Claim::Counted { account, .. } => {
            Checked::local(password, account.password_hash.as_deref())
        }
        Claim::Refused { .. } => Checked::local(password, None),
    };
    // An attempt that ends in an error (the directory is down, the session file cannot
    // be written) did not happen: its charge is taken back.
    let charge = match &claim {
        Claim::Counted { account, locked_it } => Some((account.id, *locked_it)),
        Claim::Refused { .. } => None,
    };
    let take_back = |store: &mut Store| match charge {
        Some((id, locked_it)) => store.write(actor, |tx| {
            tx.refund_failure(id, locked_it, settings.max_failures)
        }),
        None => Ok(()),
    };
    let checked = match checked {
        Ok(checked) => checked,
        Err(e) => {
            take_back(store)?;
            return Err(e);
        }
    };
    let settled = store.write(actor, |tx| {
        let refuse = |target: &str, reason: &str, refusal: Refusal| -> Result<Outcome<T>> {
            tx.record(
                "auth.failure",
                target,
                serde_json::json!({"purpose": purpose.action(), "reason": reason}),
            )?;
            Ok(Outcome::Refused(refusal))
        };
        let (account, locked_it) = match claim {
            Claim::Refused { target, reason } => {
                return refuse(
                    target.as_deref().unwrap_or("?"),
                    reason,
                    Refusal::BadCredentials,
                );
            }
            Claim::Counted { account, locked_it } => (account, locked_it),
        };
        // The directory no longer has the user (or is gone): like an unknown name,
        // not counted against the account.
        if let Checked::Directory(verdict @ (Verdict::NotFound | Verdict::NoDirectory)) = checked {
            tx.refund_failure(account.id, locked_it, settings.max_failures)?;
            return refuse(&account.name, verdict.reason(), Refusal::BadCredentials);
        }
        if !checked.matched() {
            if locked_it {
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
            return refuse(&account.name, reason, Refusal::BadCredentials);
        }
        // The password was right. A lock this attempt set was only its own charge; any
        // other lock, or a change to the account while the password was checked, wins.
        if locked_it {
            tx.clear_failures(account.id)?;
        }
        let current = tx.account(&account.name)?.filter(|a| a.id == account.id);
        let Some(current) = current else {
            return refuse(&account.name, "unknown_user", Refusal::BadCredentials);
        };
        if let Some(reason) = rejection(&current, now) {
            return refuse(&account.name, reason, Refusal::BadCredentials);
        }
        if current.password_hash != account.password_hash {
            return refuse(&account.name, "password_changed", Refusal::BadCredentials);
        }
        // Whatever follows, the failures are forgotten.
        tx.clear_failures(current.id)?;
        if purpose != Purpose::ChangePassword {
            if current.must_change_password {
                return refuse(
                    &current.name,
                    "must_change_password",
                    Refusal::MustChangePassword,
                );
            }
            if current.password_expired(settings.expiry_days, now) {
                return refuse(&current.name, "password_expired", Refusal::PasswordExpired);
            }
        }
        let stronger = match &checked {
            Checked::Local { stronger, .. } => stronger.as_deref(),
            Checked::Directory(_) => None,
        };
        if let Some(hash) = stronger {
            tx.upgrade_password_hash(current.id, hash)?;
        }
        let value = accepted(tx, &current)?;
        if purpose != Purpose::ChangePassword {
            tx.record(
                purpose.action(),
                &current.name,
                serde_json::json!({"rehashed": stronger.is_some()}),
            )?;
        }
        Ok(Outcome::Accepted(value))
    });
    if settled.is_err() {
        take_back(store)?;
    }
    settled
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
    let settings = Settings::load(store.read())?;
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
    let settings = Settings::load(store.read())?;
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
