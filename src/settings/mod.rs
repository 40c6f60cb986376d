//! Settings: the keys of cli.md's table, each typed, bounded and documented in the one
//! table `KEYS`, kept in the store as validated text. Everything else reads them through
//! `Settings::load`, so no other code knows a key's name, default or type.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, ErrorKind, Result};
use crate::password::Policy;
use crate::store::Read;
use crate::store::{Tx, secrets};

mod keys;

use keys::Value;
pub use keys::{KEYS, Key, Kind, key};

/// A setting as `settings show` reports it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub key: &'static str,
    /// The value in force: the stored one, else the default; `None` when unset.
    pub value: Option<String>,
    pub default: Option<&'static str>,
    /// True when nothing is stored and the default applies.
    pub is_default: bool,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: &'static str,
}

/// The values stored in the store, as text by key (unset keys are absent).
pub fn stored(r: &dyn Read) -> Result<HashMap<String, String>> {
    r.all_settings()
}

fn entry_of(key: &'static Key, stored: &HashMap<String, String>) -> Entry {
    let set = stored.get(key.name);
    Entry {
        key: key.name,
        value: set.cloned().or(key.default.map(String::from)),
        default: key.default,
        is_default: set.is_none(),
        kind: key.kind.describe(),
        description: key.description,
    }
}

/// Every key with the value in force, in table order.
pub fn show(r: &dyn Read) -> Result<Vec<Entry>> {
    let stored = stored(r)?;
    KEYS.iter()
        .map(|k| entry_with_secrets(r, k, &stored))
        .collect()
}

/// A secret key's value shows as `(set)` when the secrets store holds one; it is never read.
fn entry_with_secrets(
    r: &dyn Read,
    key: &'static Key,
    stored: &HashMap<String, String>,
) -> Result<Entry> {
    let mut entry = entry_of(key, stored);
    if let Kind::Secret = key.kind
        && secrets::has_system(r, key.name)?
    {
        entry.value = Some("(set)".into());
        entry.is_default = false;
    }
    Ok(entry)
}

/// One key with the value in force.
pub fn entry(r: &dyn Read, name: &str) -> Result<Entry> {
    entry_with_secrets(r, key(name)?, &stored(r)?)
}

/// Whether the key holds a secret, which is set from stdin through `set_secret`.
pub fn is_secret(name: &str) -> Result<bool> {
    Ok(matches!(key(name)?.kind, Kind::Secret))
}

/// Sets a secret key: the value is encrypted with the key in `key_file`.
pub fn set_secret(tx: &Tx<'_>, key_file: &Path, name: &str, value: &str) -> Result<()> {
    let key = key(name)?;
    if !matches!(key.kind, Kind::Secret) {
        return Err(Error::invalid(format!("`{name}` is not a secret setting")));
    }
    if key.name == SMTP_PASSWORD && !stored(tx)?.contains_key(SMTP_URL) {
        return Err(Error::invalid(
            "set `email.smtp-url` first: the password is kept for that server only",
        ));
    }
    secrets::set_system(tx, key_file, key.name, value).map(|_| ())
}

/// Checks a value for a key without storing it; the error names what was expected.
pub fn check(name: &str, raw: &str) -> Result<()> {
    key(name)?.parse(raw).map(|_| ())
}

/// Whether changing the key takes a superuser (or the local administrator), because it
/// reaches superusers' accounts: mail delivery carries recovery codes, so whoever
/// controls it can reset anyone's password; the lockout decides how many guesses at a
/// superuser's password are allowed, and can lock every superuser out for a year.
pub fn needs_superuser(name: &str) -> bool {
    name.starts_with("email.") || name.starts_with("login.")
}

/// The SMTP password belongs to the server it was set for: a new server (scheme, host
/// or port), or none, never receives it.
fn keep_password_to_its_server(tx: &Tx<'_>, new_url: Option<&str>) -> Result<()> {
    let server = |raw: &str| {
        url::Url::parse(raw).ok().map(|u| {
            (
                u.scheme().to_string(),
                u.host_str().map(str::to_string),
                u.port(),
            )
        })
    };
    let old = stored(tx)?.get(SMTP_URL).and_then(|raw| server(raw));
    if old.is_none() || old != new_url.and_then(server) {
        secrets::remove_system(tx, SMTP_PASSWORD)?;
    }
    Ok(())
}

const SMTP_URL: &str = "email.smtp-url";
const SMTP_PASSWORD: &str = "email.smtp-password";
const IDLE_MINUTES: &str = "session.idle-minutes";
const EXPIRY_DAYS: &str = "password.expiry-days";

/// What changing `key` to `new` (`None`: back to its default) does besides storing it.
fn on_change(tx: &Tx<'_>, key: &Key, new: Option<&str>) -> Result<()> {
    match key.name {
        SMTP_URL => keep_password_to_its_server(tx, new),
        // Sessions that ended under the old idle time, or with a password that expired
        // under the old expiry, stay ended under a longer one.
        IDLE_MINUTES => {
            let old = Settings::load(tx)?.session_idle_minutes;
            let cutoff = crate::store::now().saturating_sub(old.saturating_mul(60));
            tx.end_sessions_unused_since(cutoff).map(drop)
        }
        EXPIRY_DAYS => match Settings::load(tx)?.expiry_days {
            0 => Ok(()),
            old => {
                let cutoff = crate::store::now().saturating_sub(old.saturating_mul(86_400));
                tx.end_sessions_with_passwords_set_before(cutoff).map(drop)
            }
        },
        _ => Ok(()),
    }
}

/// Sets a key after checking the value; nothing changes when either is bad.
pub fn set(tx: &Tx<'_>, name: &str, raw: &str) -> Result<()> {
    let key = key(name)?;
    key.parse(raw)?;
    on_change(tx, key, Some(raw))?;
    tx.put_setting(key.name, raw)?;
    tx.record("settings.set", key.name, serde_json::json!({"value": raw}))
}

/// Returns a key to its default; true when a value was stored.
pub fn unset(tx: &Tx<'_>, name: &str) -> Result<bool> {
    let key = key(name)?;
    if let Kind::Secret = key.kind {
        return secrets::remove_system(tx, key.name);
    }
    on_change(tx, key, None)?;
    let removed = tx.remove_setting(key.name)?;
    if removed {
        tx.record("settings.unset", key.name, serde_json::json!({}))?;
    }
    Ok(removed)
}

/// The settings in force, typed: what the rest of the library reads.
#[derive(Debug, Clone)]
pub struct Settings {
    pub policy: Policy,
    /// 0: passwords never expire.
    pub expiry_days: i64,
    /// 0: accounts never lock.
    pub max_failures: i64,
    pub lockout_minutes: i64,
    pub session_multiple: bool,
    pub session_idle_minutes: i64,
    /// Seconds.
    pub token_default_expiry: i64,
    /// Seconds.
    pub token_max_expiry: i64,
    pub smtp_url: Option<String>,
    pub email_from: Option<String>,
    pub smtp_user: Option<String>,
    pub recovery_code_minutes: i64,
    /// 0: checkpoints only by hand.
    pub checkpoint_every: i64,
}

impl Settings {
    /// Reads the settings from the store; a damaged stored value is a store error.
    pub fn load(r: &dyn Read) -> Result<Settings> {
        Settings::from_stored(&stored(r)?)
    }

    /// Credentials for the mail server, when `email.smtp-password` is set: the only
    /// setting whose reading needs the key file.
    pub fn smtp_credentials(
        &self,
        r: &dyn Read,
        key_file: &Path,
    ) -> Result<Option<lettre::transport::smtp::authentication::Credentials>> {
        if !secrets::has_system(r, SMTP_PASSWORD)? {
            return Ok(None);
        }
        let Some(password) = secrets::get_system(r, key_file, SMTP_PASSWORD)? else {
            return Ok(None);
        };
        let from_address = self
            .email_from
            .as_deref()
            .and_then(|f| f.parse::<lettre::message::Mailbox>().ok())
            .map(|m| m.email.to_string());
        let user = self.smtp_user.clone().or(from_address).ok_or_else(|| {
            Error::invalid("the mail server password is set but no user name is")
                .with_hint("set `email.smtp-user` (or `email.from`)")
        })?;
        Ok(Some(
            lettre::transport::smtp::authentication::Credentials::new(user, password.to_string()),
        ))
    }

    /// The settings of a store that has none stored: every default.
    pub fn defaults() -> Result<Settings> {
        Settings::from_stored(&HashMap::new())
    }

    /// The settings these stored values would give (those of `stored`, and defaults).
    pub fn from_stored(stored: &HashMap<String, String>) -> Result<Settings> {
        let values = Values::resolve(stored)?;
        Ok(Settings {
            policy: Policy {
                enabled: values.switch("password.policy")?,
                min_length: usize::try_from(values.integer("password.min-length")?)
                    .unwrap_or(usize::MAX),
                require_uppercase: values.switch("password.require-uppercase")?,
                require_lowercase: values.switch("password.require-lowercase")?,
                require_digit: values.switch("password.require-digit")?,
                require_special: values.switch("password.require-special")?,
                forbid_username: values.switch("password.forbid-username")?,
                forbid_common: values.switch("password.forbid-common")?,
            },
            expiry_days: values.integer(EXPIRY_DAYS)?,
            max_failures: values.integer("login.max-failures")?,
            lockout_minutes: values.integer("login.lockout-minutes")?,
            session_multiple: values.switch("session.multiple")?,
            session_idle_minutes: values.integer(IDLE_MINUTES)?,
            token_default_expiry: values.integer("token.default-expiry")?,
            token_max_expiry: values.integer("token.max-expiry")?,
            smtp_url: values.text(SMTP_URL)?,
            email_from: values.text("email.from")?,
            smtp_user: values.text("email.smtp-user")?,
            recovery_code_minutes: values.integer("recovery.code-minutes")?,
            checkpoint_every: values.integer("audit.checkpoint-every")?,
        })
    }
}

/// Every key's value in force, parsed.
struct Values(HashMap<&'static str, Option<Value>>);

impl Values {
    fn resolve(stored: &HashMap<String, String>) -> Result<Values> {
        let mut values = HashMap::new();
        for key in KEYS {
            let raw = stored.get(key.name).map(String::as_str).or(key.default);
            let value = raw
                .map(|raw| {
                    key.parse(raw).map_err(|e| {
                        Error::new(
                            ErrorKind::Store,
                            format!("the stored setting is damaged: {}", e.message()),
                        )
                        .with_hint(format!(
                            "set it again with `flowsec settings set {} ...`",
                            key.name
                        ))
                    })
                })
                .transpose()?;
            values.insert(key.name, value);
        }
        Ok(Values(values))
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name).and_then(Option::as_ref)
    }

    fn mistyped(name: &str) -> Error {
        Error::new(
            ErrorKind::Store,
            format!("setting `{name}` has no value of its type"),
        )
    }

    fn switch(&self, name: &str) -> Result<bool> {
        match self.get(name) {
            Some(Value::Switch(on)) => Ok(*on),
            _ => Err(Self::mistyped(name)),
        }
    }

    fn integer(&self, name: &str) -> Result<i64> {
        match self.get(name) {
            Some(Value::Integer(n)) => Ok(*n),
            _ => Err(Self::mistyped(name)),
        }
    }

    fn text(&self, name: &str) -> Result<Option<String>> {
        match self.get(name) {
            Some(Value::Text(t)) => Ok(Some(t.clone())),
            None => Ok(None),
            _ => Err(Self::mistyped(name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::keys::DAY;
    use super::*;

    #[test]
    fn every_default_parses_and_the_defaults_match_cli_md() {
        let s = Settings::defaults().unwrap();
        assert!(s.policy.enabled && s.policy.forbid_username && s.policy.forbid_common);
        assert_eq!(s.policy.min_length, 8);
        assert!(!s.policy.require_uppercase && !s.policy.require_special);
        assert_eq!(
            (s.expiry_days, s.max_failures, s.lockout_minutes),
            (0, 5, 15)
        );
        assert!(s.session_multiple);
        assert_eq!(s.session_idle_minutes, 30);
        assert_eq!(s.token_default_expiry, 30 * DAY);
        assert_eq!((s.smtp_url, s.email_from), (None, None));
        assert_eq!(s.recovery_code_minutes, 30);
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = KEYS.iter().map(|k| k.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KEYS.len());
    }

    fn parses(name: &str, raw: &str) -> bool {
        key(name).unwrap().parse(raw).is_ok()
    }

    #[test]
    fn values_are_typed_and_bounded() {
        assert!(parses("session.multiple", "off"));
        assert!(!parses("session.multiple", "yes"));
        assert!(parses("password.min-length", "128"));
        for bad in ["0", "129", "-1", "8.5", "eight", ""] {
            assert!(!parses("password.min-length", bad), "{bad}");
        }
        assert!(parses("password.expiry-days", "0"));
        assert!(parses("token.default-expiry", "12h"));
        assert!(parses("token.default-expiry", "90m"));
        for bad in ["30", "30s", "0d", "3651d", "-1d", "1.5d", "d"] {
            assert!(!parses("token.default-expiry", bad), "{bad}");
        }
        assert!(parses("email.from", "Flowsec <noreply@example.com>"));
        assert!(parses("email.from", "noreply@example.com"));
        assert!(!parses("email.from", "not an address"));
    }

    #[test]
    fn smtp_urls_are_encrypted_except_to_this_machine() {
        for good in [
            "smtp://127.0.0.1:2525",
            "smtp://localhost:25",
            "smtps://mail.example.com:465",
            "smtp://mail.example.com:587?tls=required",
        ] {
            assert!(parses("email.smtp-url", good), "{good}");
        }
        for bad in [
            "smtp://mail.example.com:25",
            "smtp://mail.example.com?tls=opportunistic",
            "smtps://user:secret@mail.example.com",
            "http://mail.example.com",
            "mail.example.com",
        ] {
            assert!(!parses("email.smtp-url", bad), "{bad}");
        }
    }

    #[test]
    fn unknown_keys_are_refused() {
        let e = key("password.colour").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
    }
}
