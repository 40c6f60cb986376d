//! The store's side of encryption: its binding to one key file (a random store id both
//! keep), and what is done to every stored secret at once: status, rotation, verification.
//! The key file changes only under the store's write lock, and writers read it under
//! that lock, so a value is never sealed with a key about to leave the key file.

use std::path::Path;

use serde::Serialize;

use super::secrets::{self, Stored};
use super::{Location, Read, Store, Tx, format_time, now};
use crate::crypto::{Key, Keyring, Unopened, keyfile};
use crate::error::{Error, ErrorKind, Result};
use crate::identity::Actor;

pub trait KeyReads {
    /// The id of the store the key file must belong to, once one is bound.
    fn bound_store_id(&self) -> Result<Option<String>>;
    /// Whether check values are kept (stores from before them have none).
    fn keeps_key_checks(&self) -> Result<bool>;
    /// The check value kept for the key `key_id`.
    fn key_check(&self, key_id: &str) -> Result<Option<Vec<u8>>>;
    /// The ids of the keys that seal at least one value.
    fn keys_in_use(&self) -> Result<Vec<String>>;
}

pub trait KeyWrites {
    /// Binds the store to the key file of the store `store_id`.
    fn bind_key_file(&self, store_id: &str) -> Result<()>;
    /// Keeps the key's check value, unless one is kept already.
    fn add_key_check(&self, key_id: &str, check_value: &[u8]) -> Result<()>;
}

/// Records that `keyring` is this store's.
pub(super) fn bind(tx: &Tx<'_>, keyring: &Keyring) -> Result<()> {
    tx.bind_key_file(keyring.store_id())?;
    keyring
        .keys()
        .iter()
        .try_for_each(|key| record_check(tx, keyring, key))
}

fn record_check(tx: &Tx<'_>, keyring: &Keyring, key: &Key) -> Result<()> {
    tx.add_key_check(key.id(), &key.check_value(keyring.store_id()))
}

/// Whether each of the key file's keys is the one the store knows by its id: a key with a
/// check value must match it. Returns the keys without one, and whether the store keeps
/// check values (then such a key was never trusted with a value: one a rotation killed
/// midway left, or one someone added).
fn check_keys<'k>(
    r: &dyn Read,
    key_file: &Path,
    keyring: &'k Keyring,
) -> Result<(Vec<&'k Key>, bool)> {
    let keeps_checks = r.keeps_key_checks()?;
    let mut unchecked = Vec::new();
    for key in keyring.keys() {
        match r.key_check(key.id())? {
            Some(check) if check == key.check_value(keyring.store_id()) => {}
            Some(_) => return Err(damaged(key_file, key.id())),
            None => unchecked.push(key),
        }
    }
    Ok((unchecked, keeps_checks))
}

fn damaged(key_file: &Path, key_id: &str) -> Error {
    Error::new(
        ErrorKind::Crypto,
        format!(
            "the key file `{}` is damaged: its key `{key_id}` is not the one this store knows",
            key_file.display()
        ),
    )
    .with_hint("nothing was changed; restore the key file from its backup")
}

/// The store's keys, read from `key_file` and checked to be this store's; `None` when the
/// store has no key yet (it was made before encryption, or without a key file).
pub fn unlock(r: &dyn Read, key_file: &Path) -> Result<Option<Keyring>> {
    let Some(id) = r.bound_store_id()? else {
        return Ok(None);
    };
    let keyring = keyfile::load(key_file)?;
    if keyring.store_id() != id {
        return Err(keyfile::foreign(key_file));
    }
    check_keys(r, key_file, &keyring)?;
    Ok(Some(keyring))
}

/// Like `unlock`, for a store known to hold secrets.
pub(super) fn require(r: &dyn Read, key_file: &Path) -> Result<Keyring> {
    unlock(r, key_file)?
        .ok_or_else(|| Error::new(ErrorKind::Crypto, "the store holds secrets but has no key"))
}

/// The keys to encrypt with, inside a write transaction. A store without a key gets its
/// key file now.
pub(super) fn for_writing(tx: &Tx<'_>, key_file: &Path) -> Result<Keyring> {
    if let Some(mut keyring) = unlock(tx, key_file)? {
        let (unchecked, keeps_checks) = check_keys(tx, key_file, &keyring)?;
        if keeps_checks {
            // Keys the store never knew seal nothing: dropped, with what nothing uses.
            let unknown: Vec<String> = unchecked.iter().map(|k| k.id().to_string()).collect();
            if let Some(first) = unknown.first() {
                if !keyring.remove_keys(&unknown) {
                    return Err(damaged(key_file, first));
                }
                keyfile::save(key_file, &keyring)?;
                tx.record(
                    "encrypt.key.drop",
                    &key_file.display().to_string(),
                    serde_json::json!({"keys": unknown, "why": "unknown to the store"}),
                )?;
            }
            return Ok(keyring);
        }
        // A key from before check values must first open what it sealed: a damaged one
        // is never trusted with anything new.
        for key in unchecked {
            if let Some(sealed) = tx.one_sealed_with(key.id())? {
                keyring
                    .open(sealed.label(), &sealed.sealed)
                    .map_err(|_| damaged(key_file, key.id()))?;
            }
            record_check(tx, &keyring, key)?;
        }
        return Ok(keyring);
    }
    let keyring = Keyring::generate(&tx.store_id()?, now())?;
    keyfile::create(key_file, &keyring)?;
    bind(tx, &keyring)?;
    tx.record(
        "encrypt.key.create",
        &key_file.display().to_string(),
        serde_json::json!({"key": keyring.current()?.id()}),
    )?;
    Ok(keyring)
}

/// One key and how many stored values it encrypts.
#[derive(Debug, Serialize)]
pub struct KeyUse {
    pub id: String,
    /// When the key was made; `None` for a key the key file lacks.
    pub created: Option<String>,
    /// Whether new values are encrypted with it.
    pub current: bool,
    pub in_key_file: bool,
    pub values: i64,
}

#[derive(Debug, Serialize)]
pub struct Status {
    pub key_file: String,
    /// The key file's keys, oldest first, then any key the store uses that it lacks.
    pub keys: Vec<KeyUse>,
    pub values: i64,
}

pub fn status(r: &dyn Read, key_file: &Path) -> Result<Status> {
    let keyring = unlock(r, key_file)?;
    let mut counts = r.secrets_per_key()?;
    let mut keys = Vec::new();
    if let Some(keyring) = &keyring {
        let current = keyring.current()?.id();
        for key in keyring.keys() {
            let values = counts
                .iter()
                .position(|(id, _)| id == key.id())
                .map_or(0, |i| counts.remove(i).1);
            keys.push(KeyUse {
                id: key.id().to_string(),
                created: Some(format_time(key.created())),
                current: key.id() == current,
                in_key_file: true,
                values,
            });
        }
    }
    keys.extend(counts.into_iter().map(|(id, values)| KeyUse {
        id,
        created: None,
        current: false,
        in_key_file: false,
        values,
    }));
    Ok(Status {
        key_file: key_file.display().to_string(),
        values: keys.iter().map(|k| k.values).sum(),
        keys,
    })
}

#[derive(Debug, Serialize)]
pub struct Rotation {
    /// The new key, which now encrypts every value.
    pub key: String,
    pub previous: Vec<String>,
    pub values: usize,
    /// Keys removed from the key file because nothing uses them any more.
    pub dropped: Vec<String>,
}

/// Makes a new key and re-encrypts every stored secret with it. The order makes a crash
/// at any point harmless: (1) the new key joins the old ones in the key file, (2) every
/// value moves to it in one transaction, (3) only then do unused keys leave the key file.
pub fn rotate(store: &mut Store, actor: &Actor, key_file: &Path) -> Result<Rotation> {
    let location = store.location().clone();
    let mut rotation = store.write(actor, |tx| {
        let mut keyring = for_writing(tx, key_file)?;
        let stored = tx.all_secrets()?;
        // Everything must open before anything changes: a value unreadable now would be lost.
        let mut plaintexts = Vec::with_capacity(stored.len());
        for s in &stored {
            plaintexts.push(keyring.open(s.label(), &s.sealed).map_err(|why| {
                s.unreadable(&why)
                    .with_hint("nothing was changed; `flowsec encrypt verify` lists what fails")
            })?);
        }
        let previous: Vec<String> = keyring.keys().iter().map(|k| k.id().to_string()).collect();
        let key = keyring.add_key(now())?.id().to_string();
        keyfile::save(key_file, &keyring)?;
        if let Some(new) = keyring.keys().iter().find(|k| k.id() == key) {
            record_check(tx, &keyring, new)?;
        }
        for (s, plaintext) in stored.iter().zip(&plaintexts) {
            secrets::reseal(tx, &keyring, s, plaintext)?;
        }
        // This host's sealed database password, before its old key can be dropped.
        if let Location::Postgres(db) = &location {
            db.reseal_password(&keyring)?;
        }
        tx.record(
            "encrypt.rotate",
            &key_file.display().to_string(),
            serde_json::json!({"key": key, "previous": previous, "values": stored.len()}),
        )?;
        Ok(Rotation {
            key,
            previous,
            values: stored.len(),
            dropped: Vec::new(),
        })
    })?;
    rotation.dropped = drop_unused(store, actor, key_file)?;
    Ok(rotation)
}

/// Removes from the key file every key but the current one that no stored value uses.
fn drop_unused(store: &mut Store, actor: &Actor, key_file: &Path) -> Result<Vec<String>> {
    store.write(actor, |tx| {
        let Some(mut keyring) = unlock(tx, key_file)? else {
            return Ok(Vec::new());
        };
        let used = tx.keys_in_use()?;
        let dropped = keyring.drop_keys(|id| used.iter().any(|u| u == id));
        if !dropped.is_empty() {
            keyfile::save(key_file, &keyring)?;
            tx.record(
                "encrypt.key.drop",
                &key_file.display().to_string(),
                serde_json::json!({"keys": dropped}),
            )?;
        }
        Ok(dropped)
    })
}

/// A stored value that does not decrypt.
#[derive(Debug, Serialize)]
pub struct Failure {
    /// The item, or `system`.
    pub target: String,
    pub field: String,
    pub key: String,
    pub problem: String,
}

#[derive(Debug, Serialize)]
pub struct Verification {
    pub values: usize,
    pub failed: Vec<Failure>,
}

/// Decrypts every stored secret and reports those that fail.
pub fn verify(r: &dyn Read, key_file: &Path) -> Result<Verification> {
    // Rows first, then the key file, and once more if a key was missing: see `secrets::reveal`.
    let mut again = true;
    loop {
        let stored = r.all_secrets()?;
        let Some(keyring) = unlock(r, key_file)? else {
            return Ok(Verification {
                values: stored.len(),
                failed: Vec::new(),
            });
        };
        let failures: Vec<(&Stored, Unopened)> = stored
            .iter()
            .filter_map(|s| keyring.open(s.label(), &s.sealed).err().map(|why| (s, why)))
            .collect();
        let unknown_key = failures
            .iter()
            .any(|(_, why)| matches!(why, Unopened::UnknownKey(_)));
        if unknown_key && again {
            again = false;
            continue;
        }
        return Ok(Verification {
            values: stored.len(),
            failed: failures
                .into_iter()
                .map(|(s, why)| Failure {
                    target: s.owner().to_string(),
                    field: s.field().to_string(),
                    key: s.sealed.key_id.clone(),
                    problem: why.to_string(),
                })
                .collect(),
        });
    }
}
