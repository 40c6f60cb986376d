//! Secrets kept encrypted in the store: fields of items (a connection's password, a
//! published parameter) and system secrets (the SMTP password of `email.smtp-password`,
//! directory bind passwords). Values are sealed with the store's key (`keys`) and bound to
//! their record; they never reach the audit trail.

use std::path::Path;

use serde::Serialize;
use zeroize::Zeroizing;

use super::items::Item;
use super::{Read, Tx, keys, now};
use crate::crypto::{Keyring, Label, Sealed, Unopened};
use crate::engine::ItemId;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Name, Target};

/// The audit trail's target for system secrets.
const SYSTEM: &str = "system";

/// Whether storing a value created it or replaced an older one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Created,
    Updated,
}

/// A stored secret as listings show it: where it is and under which key, never its value.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    pub target: String,
    pub field: String,
    pub key: String,
    pub updated: String,
}

/// A sealed value as stored, with what it belongs to.
pub struct Stored {
    pub id: i64,
    pub item: Option<ItemId>,
    /// The item's `CATEGORY/NAME`; `None` for a system secret.
    pub target: Option<String>,
    pub name: String,
    pub sealed: Sealed,
}

pub trait SecretReads {
    /// The secret `name` of `item`, or the system secret `name` without one.
    fn find_secret(&self, item: Option<ItemId>, name: &str) -> Result<Option<Stored>>;
    /// The secrets of items (not system secrets), of one item or category or of all.
    fn list_secrets(&self, target: Option<&Target>) -> Result<Vec<Listed>>;
    /// Every stored secret, in the order they were made.
    fn all_secrets(&self) -> Result<Vec<Stored>>;
    /// Any one secret sealed with the key `key_id`.
    fn one_sealed_with(&self, key_id: &str) -> Result<Option<Stored>>;
    /// How many values each key seals, by key id.
    fn secrets_per_key(&self) -> Result<Vec<(String, i64)>>;
}

pub trait SecretWrites {
    /// Stores a value, replacing any of the same item and name.
    fn put_secret(&self, item: Option<ItemId>, name: &str, sealed: &Sealed, at: i64) -> Result<()>;
    /// Whether there was one.
    fn delete_secret(&self, item: Option<ItemId>, name: &str) -> Result<bool>;
    /// Replaces the sealed value of the secret `id`.
    fn reseal_secret(&self, id: i64, sealed: &Sealed) -> Result<()>;
}

impl Stored {
    pub fn label(&self) -> Label<'_> {
        Label {
            item: self.item,
            field: &self.name,
        }
    }

    /// The item's target, or `system`.
    pub fn owner(&self) -> &str {
        self.target.as_deref().unwrap_or(SYSTEM)
    }

    pub fn field(&self) -> &str {
        &self.name
    }

    fn describe(&self) -> String {
        match &self.target {
            Some(target) => format!("the secret `{}` of `{target}`", self.name),
            None => format!("the system secret `{}`", self.name),
        }
    }

    /// Why this value cannot be read, as an error.
    pub fn unreadable(&self, why: &Unopened) -> Error {
        let error = Error::new(
            ErrorKind::Crypto,
            format!("cannot decrypt {}: {why}", self.describe()),
        );
        match why {
            Unopened::UnknownKey(_) => error.with_hint(
                "the key file lacks a key this store uses: is it a copy from before a rotation?",
            ),
            Unopened::Inauthentic => error.with_hint(
                "set the value again to replace it; `flowsec encrypt verify` checks every secret",
            ),
        }
    }
}

pub fn set(tx: &Tx<'_>, key_file: &Path, item: &Item, field: &Name, value: &str) -> Result<Change> {
    let change = put(tx, key_file, Some(item.id), field.as_str(), value)?;
    tx.record(
        "secret.set",
        &item.target.to_string(),
        serde_json::json!({"field": field.as_str(), "change": change}),
    )?;
    Ok(change)
}

/// The value of the secret `field` of `item`.
pub fn get(r: &dyn Read, key_file: &Path, item: &Item, field: &Name) -> Result<Zeroizing<String>> {
    reveal(r, key_file, Some(item.id), field.as_str())?.ok_or_else(|| {
        Error::not_found(format!("`{}` has no secret `{field}`", item.target)).with_hint(format!(
            "`flowsec secrets list '{}'` shows its secrets",
            item.target
        ))
    })
}

/// Removes the secret `field` of `item`.
pub fn remove(tx: &Tx<'_>, item: &Item, field: &Name) -> Result<()> {
    if !delete(tx, Some(item.id), field.as_str())? {
        return Err(Error::not_found(format!(
            "`{}` has no secret `{field}`",
            item.target
        )));
    }
    tx.record(
        "secret.remove",
        &item.target.to_string(),
        serde_json::json!({"field": field.as_str()}),
    )
}

/// Stores a system secret, such as `email.smtp-password`, replacing any older value.
pub fn set_system(tx: &Tx<'_>, key_file: &Path, name: &str, value: &str) -> Result<Change> {
    let name = system_name(name)?;
    let change = put(tx, key_file, None, name.as_str(), value)?;
    tx.record(
        "secret.set",
        SYSTEM,
        serde_json::json!({"field": name.as_str(), "change": change}),
    )?;
    Ok(change)
}

/// The value of a system secret, `None` when it is not set.
pub fn get_system(r: &dyn Read, key_file: &Path, name: &str) -> Result<Option<Zeroizing<String>>> {
    reveal(r, key_file, None, system_name(name)?.as_str())
}

/// Whether a system secret is set; reads no key.
pub fn has_system(r: &dyn Read, name: &str) -> Result<bool> {
    Ok(r.find_secret(None, system_name(name)?.as_str())?.is_some())
}

/// Removes a system secret; false when it was not set.
pub fn remove_system(tx: &Tx<'_>, name: &str) -> Result<bool> {
    let name = system_name(name)?;
    let removed = delete(tx, None, name.as_str())?;
    if removed {
        tx.record(
            "secret.remove",
            SYSTEM,
            serde_json::json!({"field": name.as_str()}),
        )?;
    }
    Ok(removed)
}

/// Seals `plaintext` again with the keyring's current key, in place of `stored`'s value.
pub(super) fn reseal(
    tx: &Tx<'_>,
    keyring: &Keyring,
    stored: &Stored,
    plaintext: &[u8],
) -> Result<()> {
    let sealed = keyring.seal(stored.label(), plaintext)?;
    tx.reseal_secret(stored.id, &sealed)
}

fn system_name(raw: &str) -> Result<Name> {
    Name::parse("system secret", raw)
}

fn put(
    tx: &Tx<'_>,
    key_file: &Path,
    item: Option<ItemId>,
    name: &str,
    value: &str,
) -> Result<Change> {
    if value.is_empty() {
        return Err(Error::invalid("a secret's value cannot be empty"));
    }
    let keyring = keys::for_writing(tx, key_file)?;
    let sealed = keyring.seal(Label { item, field: name }, value.as_bytes())?;
    let change = if tx.find_secret(item, name)?.is_some() {
        Change::Updated
    } else {
        Change::Created
    };
    tx.put_secret(item, name, &sealed, now())?;
    Ok(change)
}

fn delete(tx: &Tx<'_>, item: Option<ItemId>, name: &str) -> Result<bool> {
    tx.delete_secret(item, name)
}

fn reveal(
    r: &dyn Read,
    key_file: &Path,
    item: Option<ItemId>,
    name: &str,
) -> Result<Option<Zeroizing<String>>> {
    let mut again = true;
    loop {
        let Some(stored) = r.find_secret(item, name)? else {
            return Ok(None);
        };
        let keyring = keys::require(r, key_file)?;
        match keyring.open(stored.label(), &stored.sealed) {
            Ok(bytes) => {
                let text = std::str::from_utf8(&bytes).map_err(|_| {
                    Error::new(
                        ErrorKind::Crypto,
                        format!("{} is not text", stored.describe()),
                    )
                })?;
                return Ok(Some(Zeroizing::new(text.to_string())));
            }
            Err(Unopened::UnknownKey(_)) if again => again = false,
            Err(why) => return Err(stored.unreadable(&why)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::Actor;
    use crate::store::{Seed, Store};

    #[test]
    fn system_secrets_round_trip_and_are_reported_set() {
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("s.key");
        let seed = Seed {
            key_file: Some(key_file.clone()),
            ..Seed::default()
        };
        let actor = Actor::local();
        let mut store = Store::create(
            &crate::store::Location::Sqlite(dir.path().join("s.db")),
            &seed,
            &actor,
        )
        .unwrap();
        let name = "email.smtp-password";
        assert!(!has_system(store.read(), name).unwrap());
        assert_eq!(get_system(store.read(), &key_file, name).unwrap(), None);
        let change = store
            .write(&actor, |tx| set_system(tx, &key_file, name, "smtp-pw-1"))
            .unwrap();
        assert_eq!(change, Change::Created);
        let change = store
            .write(&actor, |tx| set_system(tx, &key_file, name, "smtp-pw-2"))
            .unwrap();
        assert_eq!(change, Change::Updated);
        assert!(has_system(store.read(), name).unwrap());
        assert_eq!(
            get_system(store.read(), &key_file, name)
                .unwrap()
                .unwrap()
                .as_str(),
            "smtp-pw-2"
        );
        // System secrets are not fields of items.
        assert!(store.read().list_secrets(None).unwrap().is_empty());
        assert!(store.write(&actor, |tx| remove_system(tx, name)).unwrap());
        assert!(!store.write(&actor, |tx| remove_system(tx, name)).unwrap());
        assert_eq!(get_system(store.read(), &key_file, name).unwrap(), None);
        assert_eq!(
            get_system(store.read(), &key_file, "bad name")
                .unwrap_err()
                .kind(),
            ErrorKind::InvalidInput
        );
    }

    #[test]
    fn a_store_made_without_a_key_file_gets_one_with_its_first_secret() {
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("later.key");
        let actor = Actor::local();
        let mut store = Store::create(
            &crate::store::Location::Sqlite(dir.path().join("s.db")),
            &Seed::default(),
            &actor,
        )
        .unwrap();
        assert!(!key_file.exists());
        assert!(keys::unlock(store.read(), &key_file).unwrap().is_none());
        store
            .write(&actor, |tx| set_system(tx, &key_file, "x", "value-1"))
            .unwrap();
        assert!(key_file.exists());
        assert_eq!(
            get_system(store.read(), &key_file, "x")
                .unwrap()
                .unwrap()
                .as_str(),
            "value-1"
        );
    }
}
