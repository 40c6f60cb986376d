//! The SQLite store: opening, atomic creation, versioned migrations and write
//! transactions. Queries live in the submodules, one per kind of record.

pub mod audit;
pub mod directories;
pub mod facts;
pub mod grants;
pub mod items;
pub mod keys;
pub mod location;
mod migrations;
pub mod recovery_codes;
pub mod roles;
pub mod scan;
pub mod secrets;
mod seed;
pub mod sessions;
pub mod settings;
pub mod tokens;
pub mod users;

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::crypto::{Keyring, keyfile};
use crate::error::{Error, ErrorKind, Result};
use crate::files::{
    check_private_dir, create_private_dir, is_private_file, own_uid, parent_dir, sync_dir,
};
use crate::identity::Actor;

/// Marks the file as a flowsec store (`PRAGMA application_id`, "FSEC").
const APPLICATION_ID: i32 = 0x4653_4543;
/// Parallel CI steps queue on the write lock rather than fail.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);
/// Address space (not memory) SQLite may map for reading the store.
const MMAP_BYTES: i64 = 1 << 30;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    guard: Option<WriteGuard>,
}

/// What every write transaction checks first, under the write lock, against the store as
/// it is then: that the acting user may still do what the command does.
pub type WriteGuard = Box<dyn Fn(&Connection) -> Result<()>>;

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
    /// Opens an existing store; a missing file is an error (a typo must not create one).
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(
                Error::not_found(format!("no store at `{}`", path.display())).with_hint(
                    "create one with `flowsec init` (and --db or FLOWSEC_DB to choose where)",
                ),
            );
        }
        check_private(path)?;
        let mut conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        migrations::upgrade(&mut conn, path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            guard: None,
        })
    }

    /// Creates a new store with the defaults of model.md. The store is built beside its
    /// final path and linked into place, so a concurrent creator can never see a
    /// half-made store and a second `init` never touches an existing one. With
    /// `seed.key_file`, the key file is written first: a crash leaves at worst a key file
    /// without its store, never a store without its key.
    pub fn create(path: &Path, seed: &Seed, actor: &Actor) -> Result<Store> {
        if path.exists() {
            return Err(already_exists(path));
        }
        let dir = parent_dir(path);
        create_private_dir(dir)?;
        check_private_dir(dir, own_uid(), "the store's folder")?;
        // Creators queue here, so one racing for the default store finds it made by the
        // other rather than tripping over the other's key file.
        let _lock = lock(dir);
        if path.exists() {
            return Err(already_exists(path));
        }
        let keyring = match &seed.key_file {
            Some(key_file) if key_file.exists() => return Err(keyfile::exists(key_file)),
            Some(_) => Some(Keyring::generate(now())?),
            None => None,
        };
        let scratch = Scratch::new(path)?;
        {
            let mut conn = connect(&scratch.path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            // Set once here, while no one else can see the file: switching a shared
            // store to WAL races with its readers.
            conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            migrations::upgrade(&mut conn, &scratch.path)?;
            let tx = Tx {
                inner: conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
                actor,
                recording: false,
            };
            seed::defaults(&tx, seed)?;
            if let Some(keyring) = &keyring {
                keys::bind(&tx, keyring)?;
            }
            // One record for the defaults rather than one for each of them.
            audit::append(
                &tx,
                actor,
                "store.init",
                &path.display().to_string(),
                &serde_json::json!({}),
            )?;
            tx.commit()?;
            // Closing the last connection checkpoints the WAL into the main file.
            conn.close().map_err(|(_, e)| Error::from(e))?;
        }
        let key_file = seed.key_file.as_deref().zip(keyring.as_ref());
        if let Some((key_file, keyring)) = key_file {
            keyfile::create(key_file, keyring)?;
        }
        let linked = match fs::hard_link(&scratch.path, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == IoKind::AlreadyExists => Err(already_exists(path)),
            Err(e) => Err(Error::io(format!("cannot create `{}`", path.display()), e)),
        };
        if let Err(e) = linked {
            // The key file just written belongs to no store.
            if let Some((key_file, _)) = key_file {
                let _ = fs::remove_file(key_file);
            }
            return Err(e);
        }
        drop(scratch);
        sync_dir(dir);
        Store::open(path)
    }

    /// Opens the default store, creating it (and its key file) with the defaults when it
    /// does not exist yet.
    pub fn open_or_create(path: &Path, key_file: &Path, actor: &Actor) -> Result<Opened> {
        if path.exists() {
            return Store::open(path).map(Opened::Existing);
        }
        let seed = Seed {
            key_file: Some(key_file.to_path_buf()),
            ..Seed::default()
        };
        match Store::create(path, &seed, actor) {
            Ok(store) => Ok(Opened::Created(store)),
            // Another process created it first: use theirs. (A conflict without a store is a
            // key file in the way, which the error explains.)
            Err(e) if e.kind() == ErrorKind::Conflict && path.exists() => {
                Store::open(path).map(Opened::Existing)
            }
            Err(e) => Err(e),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Has every later write transaction check `guard` first, so that a command
    /// authorized when it started changes nothing if, by the time it writes (after a
    /// prompt, or waiting for the lock), its actor may no longer do it.
    pub fn guard_writes(&mut self, guard: WriteGuard) {
        self.guard = Some(guard);
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A read transaction: every query in it sees one consistent state of the store,
    /// and the shared lock is taken once instead of around every query.
    pub fn snapshot(&self) -> Result<Transaction<'_>> {
        Ok(self.conn.unchecked_transaction()?)
    }

    /// Runs `change` in one transaction that holds the write lock from the start, so
    /// concurrent writers queue instead of failing; an error rolls everything back,
    /// audit records included. Changes are recorded as made by `actor`.
    pub fn write<T>(
        &mut self,
        actor: &Actor,
        change: impl FnOnce(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = Tx {
            inner: self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?,
            actor,
            recording: true,
        };
        if let Some(guard) = &self.guard {
            guard(&tx.inner)?;
        }
        let value = change(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// A write transaction that knows who is making the change, so that every mutation
/// records itself in the audit trail as part of the same transaction.
pub struct Tx<'a> {
    inner: Transaction<'a>,
    actor: &'a Actor,
    recording: bool,
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Transaction<'a>;

    fn deref(&self) -> &Transaction<'a> {
        &self.inner
    }
}

impl Tx<'_> {
    fn commit(self) -> Result<()> {
        Ok(self.inner.commit()?)
    }

    /// Appends an audit record of a change made in this transaction.
    pub fn record(&self, action: &str, target: &str, details: serde_json::Value) -> Result<()> {
        if self.recording {
            audit::append(&self.inner, self.actor, action, target, &details)?;
        }
        Ok(())
    }

    pub fn actor(&self) -> &Actor {
        self.actor
    }
}

fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(
        |e| {
            Error::new(
                ErrorKind::Store,
                format!("cannot open the store `{}`: {e}", path.display()),
            )
        },
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Batches read records all over a large store: map it rather than copy page by page.
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    Ok(conn)
}

/// Refuses a store that other OS users could read, or plant files beside for SQLite to
/// write into (a `-wal` made by someone else before flowsec ran would be theirs to read):
/// as ssh refuses loose key files. SQLite keeps its journals beside the file a link
/// points to, so that is where they are checked.
fn check_private(path: &Path) -> Result<()> {
    let real = fs::canonicalize(path)
        .map_err(|e| Error::io(format!("cannot resolve `{}`", path.display()), e))?;
    let owner = fs::metadata(&real)
        .map_err(|e| Error::io(format!("cannot read `{}`", real.display()), e))?
        .uid();
    check_private_dir(parent_dir(&real), owner, "the store's folder")?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut file = real.as_os_str().to_owned();
        file.push(suffix);
        let file = PathBuf::from(file);
        let Ok(meta) = fs::symlink_metadata(&file) else {
            continue;
        };
        if !is_private_file(&meta, owner) {
            return Err(Error::new(
                ErrorKind::Store,
                format!(
                    "`{}` is not private to the store's owner: other users could read or change the store through it",
                    file.display()
                ),
            )
            .with_hint(format!(
                "make it the store owner's own, mode 0600 (`chmod 600 {}`), or remove it if it is a journal no flowsec is using",
                file.display()
            )));
        }
    }
    Ok(())
}

fn already_exists(path: &Path) -> Error {
    Error::conflict(format!("a store already exists at `{}`", path.display()))
        .with_hint("nothing was changed; use --db to create a store elsewhere")
}

/// An exclusive lock on a folder, held until dropped; best effort, as some file systems
/// refuse, and the link into place still keeps creation safe without it.
fn lock(dir: &Path) -> Option<fs::File> {
    let d = fs::File::open(dir).ok()?;
    d.lock().ok()?;
    Some(d)
}

/// A private file beside the store being built; removed (with its journals) when dropped.
struct Scratch {
    path: PathBuf,
}

impl Scratch {
    fn new(target: &Path) -> Result<Scratch> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "flowsec.db".into());
        let nonce = jiff::Timestamp::now().as_nanosecond();
        let path = parent_dir(target).join(format!(".{name}.new-{}-{nonce}", std::process::id()));
        // 0600 from the first byte; SQLite gives its journals the same mode.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::io(format!("cannot create `{}`", path.display()), e))?;
        Ok(Scratch { path })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = self.path.clone().into_os_string();
            p.push(suffix);
            let _ = fs::remove_file(PathBuf::from(p));
        }
    }
}

// The driver's errors become the store's here, so no other module names the driver.
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        let message = match &err {
            rusqlite::Error::SqliteFailure(code, _)
                if code.code == rusqlite::ErrorCode::NotADatabase =>
            {
                "the store file is not a flowsec store (not an SQLite database)".to_string()
            }
            _ => format!("store: {err}"),
        };
        Error::new(ErrorKind::Store, message)
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(err: rusqlite::types::FromSqlError) -> Self {
        Error::new(ErrorKind::Store, format!("store: {err}"))
    }
}

/// Seconds since the Unix epoch, as the store keeps times.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Renders a stored time as RFC 3339 (UTC); one beyond what a date can say (a token of
/// an older store, made before lifetimes were bounded) as the last or first there is.
pub fn format_time(seconds: i64) -> String {
    let bound = match seconds > 0 {
        true => jiff::Timestamp::MAX,
        false => jiff::Timestamp::MIN,
    };
    jiff::Timestamp::from_second(seconds)
        .unwrap_or(bound)
        .to_string()
}
