//! Secrets kept encrypted in the store: fields of items (a connection's password, a
//! published parameter) and system secrets (the SMTP password of `email.smtp-password`,
//! directory bind passwords). Values are sealed with the store's key (`keys`) and bound to
//! their record; they never reach the audit trail.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use zeroize::Zeroizing;

use super::items::Item;
use super::{Tx, format_time, keys, now};
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

/// A stored record, still sealed.
pub(super) struct Stored {
    id: i64,
    item: Option<ItemId>,
    /// The item's `CATEGORY/NAME`; `None` for a system secret.
    target: Option<String>,
    name: String,
    pub(super) sealed: Sealed,
}

impl Stored {
    pub(super) fn label(&self) -> Label<'_> {
        Label {
            item: self.item,
            field: &self.name,
        }
    }

    /// The item's target, or `system`.
    pub(super) fn owner(&self) -> &str {
        self.target.as_deref().unwrap_or(SYSTEM)
    }

    pub(super) fn field(&self) -> &str {
        &self.name
    }

    fn describe(&self) -> String {
        match &self.target {
            Some(target) => format!("the secret `{}` of `{target}`", self.name),
            None => format!("the system secret `{}`", self.name),
        }
    }

    /// Why this value cannot be read, as an error.
    pub(super) fn unreadable(&self, why: &Unopened) -> Error {
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

const SELECT: &str = "SELECT s.id, s.item_id, i.category || '/' || i.name, s.name,
                             s.key_id, s.nonce, s.ciphertext
                      FROM secrets s LEFT JOIN items i ON i.id = s.item_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        item: r.get(1)?,
        target: r.get(2)?,
        name: r.get(3)?,
        sealed: Sealed {
            key_id: r.get(4)?,
            nonce: r.get(5)?,
            ciphertext: r.get(6)?,
        },
    })
}

/// Stores `value` as the secret `field` of `item`, replacing any older value.
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
pub fn get(
    conn: &Connection,
    key_file: &Path,
    item: &Item,
    field: &Name,
) -> Result<Zeroizing<String>> {
    reveal(conn, key_file, Some(item.id), field.as_str())?.ok_or_else(|| {
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
pub fn get_system(
    conn: &Connection,
    key_file: &Path,
    name: &str,
) -> Result<Option<Zeroizing<String>>> {
    reveal(conn, key_file, None, system_name(name)?.as_str())
}

/// Whether a system secret is set; reads no key.
pub fn has_system(conn: &Connection, name: &str) -> Result<bool> {
    Ok(find(conn, None, system_name(name)?.as_str())?.is_some())
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

/// The secrets of items (system secrets belong to the settings), optionally only those of
/// one category or item, ordered by target and field.
pub fn list(conn: &Connection, target: Option<&Target>) -> Result<Vec<Listed>> {
    let mut stmt = conn.prepare(
        "SELECT i.category || '/' || i.name, s.name, s.key_id, s.updated_at
         FROM secrets s JOIN items i ON i.id = s.item_id
         WHERE (?1 IS NULL OR i.category = ?1) AND (?2 IS NULL OR i.name = ?2)
         ORDER BY i.category, i.name, s.name",
    )?;
    let category = target.map(|t| t.category.name());
    let item = target.and_then(|t| t.item.as_deref());
    let rows = stmt.query_map(params![category, item], |r| {
        Ok(Listed {
            target: r.get(0)?,
            field: r.get(1)?,
            key: r.get(2)?,
            updated: format_time(r.get(3)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every stored secret, sealed.
pub(super) fn all(conn: &Connection) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY s.id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One stored value sealed with the key `key_id`, if any.
pub(super) fn one_sealed_with(conn: &Connection, key_id: &str) -> Result<Option<Stored>> {
    Ok(conn
        .query_row(
            &format!("{SELECT} WHERE s.key_id = ?1 LIMIT 1"),
            [key_id],
            from_row,
        )
        .optional()?)
}

/// Seals `plaintext` again under the keyring's current key, in place of `stored`.
pub(super) fn reseal(
    tx: &Tx<'_>,
    keyring: &Keyring,
    stored: &Stored,
    plaintext: &[u8],
) -> Result<()> {
    let sealed = keyring.seal(stored.label(), plaintext)?;
    tx.prepare_cached("UPDATE secrets SET key_id = ?2, nonce = ?3, ciphertext = ?4 WHERE id = ?1")?
        .execute(params![
            stored.id,
            sealed.key_id,
            sealed.nonce,
            sealed.ciphertext
        ])?;
    Ok(())
}

fn system_name(raw: &str) -> Result<Name> {
    Name::parse("system secret", raw)
}

fn find(conn: &Connection, item: Option<ItemId>, name: &str) -> Result<Option<Stored>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE s.item_id IS ?1 AND s.name = ?2"))?
        .query_row(params![item, name], from_row)
        .optional()?)
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
    let change = if find(tx, item, name)?.is_some() {
        Change::Updated
    } else {
        Change::Created
    };
    tx.prepare_cached(
        "INSERT INTO secrets (item_id, name, key_id, nonce, ciphertext, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (IFNULL(item_id, 0), name) DO UPDATE SET key_id = excluded.key_id,
           nonce = excluded.nonce, ciphertext = excluded.ciphertext,
           updated_at = excluded.updated_at",
    )?
    .execute(params![
        item,
        name,
        sealed.key_id,
        sealed.nonce,
        sealed.ciphertext,
        now()
    ])?;
    Ok(change)
}

fn delete(tx: &Tx<'_>, item: Option<ItemId>, name: &str) -> Result<bool> {
    let removed = tx
        .prepare_cached("DELETE FROM secrets WHERE item_id IS ?1 AND name = ?2")?
        .execute(params![item, name])?;
    Ok(removed > 0)
}

/// Decrypts one secret. The row is read before the key file: a rotation that finishes in
/// between may have dropped the row's old key, and reading both again finds the new one.
fn reveal(
    conn: &Connection,
    key_file: &Path,
    item: Option<ItemId>,
    name: &str,
) -> Result<Option<Zeroizing<String>>> {
    let mut again = true;
    loop {
        let Some(stored) = find(conn, item, name)? else {
            return Ok(None);
        };
        let keyring = keys::require(conn, key_file)?;
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
        let mut store = Store::create(&dir.path().join("s.db"), &seed, &actor).unwrap();
        let name = "email.smtp-password";
        assert!(!has_system(store.conn(), name).unwrap());
        assert_eq!(get_system(store.conn(), &key_file, name).unwrap(), None);
        let change = store
            .write(&actor, |tx| set_system(tx, &key_file, name, "smtp-pw-1"))
            .unwrap();
        assert_eq!(change, Change::Created);
        let change = store
            .write(&actor, |tx| set_system(tx, &key_file, name, "smtp-pw-2"))
            .unwrap();
        assert_eq!(change, Change::Updated);
        assert!(has_system(store.conn(), name).unwrap());
        assert_eq!(
            get_system(store.conn(), &key_file, name)
                .unwrap()
                .unwrap()
                .as_str(),
            "smtp-pw-2"
        );
        // System secrets are not fields of items.
        assert!(list(store.conn(), None).unwrap().is_empty());
        assert!(store.write(&actor, |tx| remove_system(tx, name)).unwrap());
        assert!(!store.write(&actor, |tx| remove_system(tx, name)).unwrap());
        assert_eq!(get_system(store.conn(), &key_file, name).unwrap(), None);
        assert_eq!(
            get_system(store.conn(), &key_file, "bad name")
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
        let mut store = Store::create(&dir.path().join("s.db"), &Seed::default(), &actor).unwrap();
        assert!(!key_file.exists());
        assert!(keys::unlock(store.conn(), &key_file).unwrap().is_none());
        store
            .write(&actor, |tx| set_system(tx, &key_file, "x", "value-1"))
            .unwrap();
        assert!(key_file.exists());
        assert_eq!(
            get_system(store.conn(), &key_file, "x")
                .unwrap()
                .unwrap()
                .as_str(),
            "value-1"
        );
    }
}
