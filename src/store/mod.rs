//! The store: one interface over its backends. The rest of flowsec sees typed records
//! through `Read` (what any query may ask) and changes them inside `Store::write`, whose
//! `Tx` records every change in the audit trail in the same transaction. Each backend
//! lives in its own folder (`sqlite/`) and implements the per-kind traits declared beside
//! the records they carry; the rules those records obey (validation, conflicts, what is
//! audited) are here, once, for every backend. `postgresql/` is the second backend.

pub mod audit;
pub mod copy;
pub mod directories;
mod error;
pub mod facts;
pub mod grants;
pub mod items;
pub mod keys;
pub mod location;
mod postgresql;
pub mod recovery_codes;
pub mod roles;
pub mod scan;
pub mod secrets;
mod seed;
pub mod sessions;
pub mod settings;
mod sqlite;
pub mod tokens;
pub mod users;

use std::path::{Path, PathBuf};

pub use error::StoreError;
pub use location::Location;

use crate::crypto::Keyring;
use crate::error::{ErrorKind, Result};
use crate::identity::Actor;
pub use crate::time::{format_time, now};

/// Every query a backend answers, for reads and inside writes alike.
pub trait Read:
    users::UserReads
    + roles::RoleReads
    + grants::GrantReads
    + items::ItemReads
    + directories::DirectoryReads
    + sessions::SessionReads
    + recovery_codes::RecoveryCodeReads
    + settings::SettingReads
    + tokens::TokenReads
    + audit::AuditReads
    + scan::ScanReads
    + secrets::SecretReads
    + keys::KeyReads
    + facts::FactReads
    + copy::CopyReads
{
    /// The store's own random id, made with it and kept inside it: what session files
    /// are keyed by, so a moved or shared store keeps its sessions.
    fn store_id(&self) -> Result<String>;
}

/// Every change a backend makes, inside a write transaction that knows who makes it.
/// A change someone makes goes through this module's record functions (`users::create`,
/// `grants::grant`…), which check it and audit it in one place whatever the backend; the
/// trait's own methods are the rows those are made of, and bookkeeping no one audits
/// (failure counters, sessions' last use).
pub trait Write:
    Read
    + users::UserWrites
    + roles::RoleWrites
    + grants::GrantWrites
    + items::ItemWrites
    + directories::DirectoryWrites
    + sessions::SessionWrites
    + recovery_codes::RecoveryCodeWrites
    + settings::SettingWrites
    + tokens::TokenWrites
    + audit::AuditWrites
    + secrets::SecretWrites
    + keys::KeyWrites
    + copy::CopyWrites
{
    /// Who makes the changes, as the audit trail records them.
    fn actor(&self) -> &Actor;
    /// Whether changes are recorded one by one (not while a new store is seeded).
    fn recording(&self) -> bool;
}

/// An open store, as a backend keeps it.
trait Backend {
    /// What kind of store this is, as `db status` names it.
    fn kind(&self) -> &'static str;
    /// Reads outside any transaction: each query sees the store as it is then.
    fn reader(&self) -> &dyn Read;
    /// A read transaction: one consistent state of the store.
    fn begin_read(&self) -> Result<Box<dyn Read + '_>>;
    /// A write transaction holding the write lock from the start, so writers queue;
    /// its changes are made by `actor`.
    fn begin_write<'s>(&'s mut self, actor: &'s Actor) -> Result<Box<dyn Transaction + 's>>;
}

/// A backend's write transaction; dropped without `commit`, it rolls back.
trait Transaction {
    fn rows(&self) -> &dyn Write;
    fn commit(self: Box<Self>) -> Result<()>;
}

pub struct Store {
    backend: Box<dyn Backend>,
    location: Location,
    guard: Option<WriteGuard>,
    notary: Option<Box<dyn Notary>>,
}

/// Signs checkpoints of the audit trail as writes pass them: the layer that holds the
/// signing key (outside the store) provides one.
pub trait Notary {
    /// The checkpoint to keep with a transaction that took the trail from `before` to
    /// `after`, if one is due.
    fn due(
        &self,
        r: &dyn Read,
        before: Option<audit::Link>,
        after: audit::Link,
    ) -> Result<Option<audit::Checkpoint>>;
    /// Keeps `checkpoint` outside the store too, once its transaction has committed.
    fn kept(&self, checkpoint: &audit::Checkpoint) -> Result<()>;
}

/// What every write transaction checks first, under the write lock, against the store as
/// it is then: that the acting user may still do what the command does.
pub type WriteGuard = Box<dyn Fn(&dyn Read) -> Result<()>>;

/// What `create` puts in a new store besides the catalogue defaults.
#[derive(Default)]
pub struct Seed {
    /// The argon2id PHC string of `admin`'s password, if one was given.
    pub admin_password_hash: Option<String>,
    /// Where to write the new store's key file. Without one the store gets its key file
    /// when its first secret is stored (see `keys::for_writing`).
    pub key_file: Option<PathBuf>,
}

/// The outcome of opening the default store, which is created on first use.
pub enum Opened {
    Existing(Store),
    Created(Store),
}

impl Store {
    /// Opens an existing store; a missing one is an error (a typo must not create one).
    pub fn open(location: &Location) -> Result<Store> {
        let backend: Box<dyn Backend> = match location {
            Location::Sqlite(path) => Box::new(sqlite::Sqlite::open(path)?),
            Location::Postgres(db) => Box::new(postgresql::Postgres::open(db)?),
        };
        Ok(Store {
            backend,
            location: location.clone(),
            guard: None,
            notary: None,
        })
    }

    /// Brings the store's schema up to this flowsec's, once however many run it together;
    /// returns the version it had (a SQLite store is upgraded whenever it is opened, so
    /// its version before is not known here).
    pub fn upgrade(location: &Location, actor: &Actor) -> Result<Option<i64>> {
        match location {
            Location::Sqlite(_) => Store::open(location).map(|_| None),
            Location::Postgres(db) => postgresql::Postgres::upgrade(db, actor).map(Some),
        }
    }

    /// Whether `location` holds a store already (a PostgreSQL database is asked).
    pub fn exists(location: &Location) -> Result<bool> {
        match location {
            Location::Sqlite(path) => Ok(path.exists()),
            Location::Postgres(db) => postgresql::Postgres::holds_store(db),
        }
    }

    /// Creates a new store with the defaults of model.md. A concurrent creator can never
    /// see a half-made store and a second `init` never touches an existing one. With
    /// `seed.key_file`, the key file is written before the store is committed: a crash
    /// leaves at worst a key file without its store, never a store without its key.
    pub fn create(location: &Location, seed: &Seed, actor: &Actor) -> Result<Store> {
        let fill = |tx: &Tx<'_>| seed_store(tx, seed, &location.to_string());
        Store::create_filled(location, actor, &fill, seed.key_file.as_deref())?;
        Store::open(location)
    }

    /// Creates a store at `location` holding a copy of every record of `from`, made in
    /// one transaction and visible only when complete. `copied` is told the count of
    /// records copied so far; returns how many there were.
    pub fn create_copy(
        location: &Location,
        from: &dyn Read,
        actor: &Actor,
        copied: &dyn Fn(u64),
    ) -> Result<u64> {
        let count = std::cell::Cell::new(0);
        let fill = |tx: &Tx<'_>| {
            count.set(copy::copy_rows(from, tx, copied)?);
            Ok(None)
        };
        Store::create_filled(location, actor, &fill, None)?;
        Ok(count.get())
    }

    fn create_filled(
        location: &Location,
        actor: &Actor,
        fill: &dyn Fn(&Tx<'_>) -> Result<Option<Keyring>>,
        key_file: Option<&Path>,
    ) -> Result<()> {
        match location {
            Location::Sqlite(path) => sqlite::Sqlite::create(path, actor, fill, key_file),
            Location::Postgres(db) => postgresql::Postgres::create(db, actor, fill, key_file),
        }
    }

    /// Removes a store this process has just created and must not keep (a copy whose
    /// making could not be recorded).
    pub fn remove_created(location: &Location) -> Result<()> {
        match location {
            Location::Sqlite(path) => std::fs::remove_file(path).map_err(|e| {
                crate::error::Error::io(format!("cannot remove `{}`", path.display()), e)
            }),
            Location::Postgres(db) => postgresql::Postgres::drop_store(db),
        }
    }

    /// What kind of store this is, as `db status` names it.
    pub fn kind(&self) -> &'static str {
        self.backend.kind()
    }

    /// Opens the default store, a SQLite file, creating it (and its key file) with the
    /// defaults when it does not exist yet.
    pub fn open_or_create(path: &Path, key_file: &Path, actor: &Actor) -> Result<Opened> {
        let location = Location::Sqlite(path.to_path_buf());
        if path.exists() {
            return Store::open(&location).map(Opened::Existing);
        }
        let seed = Seed {
            key_file: Some(key_file.to_path_buf()),
            ..Seed::default()
        };
        match Store::create(&location, &seed, actor) {
            Ok(store) => Ok(Opened::Created(store)),
            // Another process created it first: use theirs. (A conflict without a store is a
            // key file in the way, which the error explains.)
            Err(e) if e.kind() == ErrorKind::Conflict && path.exists() => {
                Store::open(&location).map(Opened::Existing)
            }
            Err(e) => Err(e),
        }
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Has every later write transaction check `guard` first, so that a command
    /// authorized when it started changes nothing if, by the time it writes (after a
    /// prompt, or waiting for the lock), its actor may no longer do it.
    pub fn guard_writes(&mut self, guard: WriteGuard) {
        self.guard = Some(guard);
    }

    /// Has write transactions keep the checkpoints `notary` finds due.
    pub fn notarize(&mut self, notary: Box<dyn Notary>) {
        self.notary = Some(notary);
    }

    /// Reads, sharing one state of the store until a transaction begins (which sees what
    /// came since).
    pub fn read(&self) -> &dyn Read {
        self.backend.reader()
    }

    /// A read transaction: every query in it sees one consistent state of the store,
    /// and the shared lock is taken once instead of around every query.
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        Ok(Snapshot(self.backend.begin_read()?))
    }

    /// Runs `change` in one transaction that holds the write lock from the start, so
    /// concurrent writers queue instead of failing; an error rolls everything back,
    /// audit records included. Changes are recorded as made by `actor`.
    pub fn write<T>(
        &mut self,
        actor: &Actor,
        change: impl FnOnce(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let transaction = self.backend.begin_write(actor)?;
        let (value, checkpoint) = {
            let tx = transaction.rows();
            if let Some(guard) = &self.guard {
                guard(tx)?;
            }
            let before = match &self.notary {
                Some(_) => tx.audit_head()?,
                None => None,
            };
            let value = change(tx)?;
            (value, checkpoint_due(self.notary.as_deref(), tx, before)?)
        };
        transaction.commit()?;
        if let (Some(notary), Some(checkpoint)) = (&self.notary, &checkpoint) {
            notary.kept(checkpoint)?;
        }
        Ok(value)
    }
}

/// Keeps in `tx` the checkpoint `notary` finds due after its changes.
fn checkpoint_due(
    notary: Option<&dyn Notary>,
    tx: &Tx<'_>,
    before: Option<audit::Link>,
) -> Result<Option<audit::Checkpoint>> {
    let Some(notary) = notary else {
        return Ok(None);
    };
    let Some(after) = tx.audit_head()? else {
        return Ok(None);
    };
    if before == Some(after) {
        return Ok(None);
    }
    let checkpoint = notary.due(tx, before, after)?;
    if let Some(checkpoint) = &checkpoint {
        audit::keep_checkpoint(tx, checkpoint)?;
    }
    Ok(checkpoint)
}

/// Fills a new store with `seed` and the defaults, and binds it to a new key when `seed`
/// names a key file; returns that key.
fn seed_store(tx: &Tx<'_>, seed: &Seed, location: &str) -> Result<Option<Keyring>> {
    seed::defaults(tx, seed)?;
    // Bound to the store's own id, which its migrations made.
    let keyring = match seed.key_file {
        Some(_) => Some(Keyring::generate(&tx.store_id()?, now())?),
        None => None,
    };
    if let Some(keyring) = &keyring {
        keys::bind(tx, keyring)?;
    }
    // One record for the defaults rather than one for each of them.
    audit::append(tx, "store.init", location, &serde_json::json!({}))?;
    Ok(keyring)
}

/// A read transaction; it ends when dropped.
pub struct Snapshot<'s>(Box<dyn Read + 's>);

impl<'s> std::ops::Deref for Snapshot<'s> {
    type Target = dyn Read + 's;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

/// A write transaction. It reads like any `Read`; changes made through this module's
/// record functions are recorded in the audit trail as part of it.
pub type Tx<'a> = dyn Write + 'a;

impl Tx<'_> {
    /// Appends an audit record of a change made in this transaction.
    pub fn record(&self, action: &str, target: &str, details: serde_json::Value) -> Result<()> {
        if self.recording() {
            audit::append(self, action, target, &details)?;
        }
        Ok(())
    }
}
