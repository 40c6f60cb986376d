//! The SQLite backend: one file, opened with WAL journaling, created atomically beside
//! its final path and linked into place. Queries live in the submodules, one per kind of
//! record, each implementing that kind's traits of the store interface.

mod audit;
mod copy;
mod directories;
mod facts;
mod grants;
mod items;
mod keys;
mod migrations;
mod recovery_codes;
mod roles;
mod scan;
mod secrets;
mod sessions;
mod settings;
mod tokens;
mod users;

use std::cell::Cell;
use std::fs;
use std::io::ErrorKind as IoKind;
use std::ops::Deref;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::{Backend, Read, StoreError, Transaction, Write};
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

pub(super) struct Sqlite {
    conn: Reader,
}

/// What every query runs on: the store's connection, on its own or inside a
/// transaction. Reads are implemented once for all of them; changes only for `Writer`.
trait Conn: Deref<Target = Connection> {}

/// The connection on its own. Its queries share one read transaction, begun by the
/// first and ended when another transaction begins (which then sees what came since), so
/// a command sees one state of the store.
struct Reader {
    conn: Connection,
    reading: Cell<bool>,
}

/// A read transaction.
struct Snapshot<'c>(rusqlite::Transaction<'c>);

/// A write transaction, with who makes its changes.
struct Writer<'c> {
    tx: rusqlite::Transaction<'c>,
    actor: &'c Actor,
    recording: bool,
    audit_memo: crate::store::audit::Memo,
}

impl<'c> Writer<'c> {
    fn new(tx: rusqlite::Transaction<'c>, actor: &'c Actor, recording: bool) -> Writer<'c> {
        Writer {
            tx,
            actor,
            recording,
            audit_memo: Default::default(),
        }
    }
}

impl Deref for Reader {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        // Inside a snapshot's transaction, the reader's queries are the snapshot's. A
        // BEGIN that fails leaves each query on its own, as SQLite then runs them.
        if self.conn.is_autocommit() {
            self.reading.set(self.conn.execute_batch("BEGIN").is_ok());
        }
        &self.conn
    }
}

impl Reader {
    /// Ends the reader's transaction, if it is open, before another begins.
    fn end_reading(&self) -> Result<()> {
        if self.reading.replace(false) && !self.conn.is_autocommit() {
            self.conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }
}

impl Deref for Snapshot<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.0
    }
}

impl Deref for Writer<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl Conn for Reader {}
impl Conn for Snapshot<'_> {}
impl Conn for Writer<'_> {}

impl Sqlite {
    /// Opens an existing store; a missing file is an error (a typo must not create one).
    pub(super) fn open(path: &Path) -> Result<Sqlite> {
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
        Ok(Sqlite {
            conn: Reader {
                conn,
                reading: Cell::new(false),
            },
        })
    }

    /// Creates a store at `path`, filled by `fill` in its first transaction. It is built
    /// beside its final path and linked into place; `key_file` is written after it is
    /// complete and before it appears.
    pub(super) fn create(
        path: &Path,
        actor: &Actor,
        fill: &dyn Fn(&dyn Write) -> Result<Option<Keyring>>,
        key_file: Option<&Path>,
    ) -> Result<()> {
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
        if let Some(key_file) = key_file
            && key_file.exists()
        {
            return Err(keyfile::exists(key_file));
        }
        let scratch = Scratch::new(path)?;
        let keyring;
        {
            let mut conn = connect(&scratch.path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            // Set once here, while no one else can see the file: switching a shared
            // store to WAL races with its readers.
            conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            migrations::upgrade(&mut conn, &scratch.path)?;
            {
                let writer = Writer::new(
                    conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
                    actor,
                    false,
                );
                keyring = fill(&writer)?;
                writer.tx.commit()?;
            }
            // Closing the last connection checkpoints the WAL into the main file.
            conn.close().map_err(|(_, e)| Error::from(e))?;
        }
        let key_file = key_file.zip(keyring.as_ref());
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
        Ok(())
    }
}

impl Backend for Sqlite {
    fn kind(&self) -> &'static str {
        "sqlite"
    }

    fn reader(&self) -> &dyn Read {
        &self.conn
    }

    fn begin_read(&self) -> Result<Box<dyn Read + '_>> {
        self.conn.end_reading()?;
        Ok(Box::new(Snapshot(self.conn.conn.unchecked_transaction()?)))
    }

    fn begin_write<'s>(&'s mut self, actor: &'s Actor) -> Result<Box<dyn Transaction + 's>> {
        self.conn.end_reading()?;
        let tx = self
            .conn
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        Ok(Box::new(Writer::new(tx, actor, true)))
    }
}

impl Transaction for Writer<'_> {
    fn rows(&self) -> &dyn Write {
        self
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}

impl<C: Conn> Read for C {
    fn store_id(&self) -> Result<String> {
        Ok(self
            .prepare_cached("SELECT store_id FROM store_info")?
            .query_row([], |r| r.get(0))?)
    }
}

impl Write for Writer<'_> {
    fn actor(&self) -> &Actor {
        self.actor
    }

    fn recording(&self) -> bool {
        self.recording
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
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match &err {
            rusqlite::Error::SqliteFailure(code, _) => match code.code {
                ErrorCode::NotADatabase => StoreError::NotAStore("the store file".into()),
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    StoreError::Busy(err.to_string())
                }
                ErrorCode::ConstraintViolation
                    if matches!(
                        code.extended_code,
                        rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                            | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                    ) =>
                {
                    StoreError::Conflict(err.to_string())
                }
                _ => StoreError::Backend(err.to_string()),
            },
            rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound(err.to_string()),
            _ => StoreError::Backend(err.to_string()),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        StoreError::from(err).into()
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(err: rusqlite::types::FromSqlError) -> Self {
        StoreError::Backend(err.to_string()).into()
    }
}
