//! The PostgreSQL backend (work in progress on this branch): one database that many hosts
//! share. Every query runs on the store's one connection, each on its own, or inside a
//! transaction begun here: a read is `REPEATABLE READ READ ONLY` (one snapshot), a write
//! takes a transaction-scoped advisory lock first, so writers on every host queue as
//! SQLite's do and no serialization failure reaches anyone.
//!
//! Still to do, in order: the per-kind trait impls (ported from `sqlite/`, `?N` → `$N`,
//! `IS ?` → `IS NOT DISTINCT FROM`, `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`,
//! `COLLATE NOCASE` → `lower(name COLLATE "C")`, `last_insert_rowid()` → `RETURNING id`);
//! `copy` (cells by column type, booleans as integers, sequences moved past copied ids);
//! TLS (rustls: require / verify-ca / verify-full, `sslrootcert`); passwords (FLOWSEC_DB
//! or config, PGPASSWORD, pgpass, the sealed password); `Store::open` on a `Location`;
//! `db upgrade`; the conformance suite's `postgres` fixture.

mod migrations;
mod records;
mod roles;
mod scans;
mod small;
mod users;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use postgres::types::ToSql;
use postgres::{Client, Row, Statement};

use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::store::{Read, StoreError, Transaction, Write};

/// The advisory lock every writer takes: "FSEC".
const WRITE_LOCK: i64 = 0x4653_4543;

/// The store's connection and its prepared statements, which outlive transactions.
struct Session {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
}

type Params<'p> = &'p [&'p (dyn ToSql + Sync)];

impl Session {
    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(found) = self.statements.borrow().get(sql) {
            return Ok(found.clone());
        }
        let prepared = self.client.borrow_mut().prepare(sql)?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    fn query(&self, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query(&statement, params)?)
    }

    fn query_opt(&self, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query_opt(&statement, params)?)
    }

    fn query_one(&self, sql: &str, params: Params<'_>) -> Result<Row> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().query_one(&statement, params)?)
    }

    fn execute(&self, sql: &str, params: Params<'_>) -> Result<u64> {
        let statement = self.statement(sql)?;
        Ok(self.client.borrow_mut().execute(&statement, params)?)
    }

    fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }
}

/// What every query runs on: the connection on its own (`reader`), or inside a read or
/// write transaction, which ends (rolled back unless committed) when this is dropped. One
/// type for all three, so each trait is implemented once.
pub(super) struct Pg<'a> {
    session: Rc<Session>,
    /// Who makes the changes, in a write transaction.
    actor: Option<&'a Actor>,
    recording: bool,
    /// In a transaction not yet ended.
    open: Cell<bool>,
}

impl<'a> Pg<'a> {
    fn reader(session: Rc<Session>) -> Pg<'static> {
        Pg {
            session,
            actor: None,
            recording: false,
            open: Cell::new(false),
        }
    }

    /// A read transaction: one snapshot.
    fn snapshot(session: Rc<Session>) -> Result<Pg<'static>> {
        session.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        Ok(Pg {
            session,
            actor: None,
            recording: false,
            open: Cell::new(true),
        })
    }

    /// A write transaction, holding the write lock from its start.
    fn writer(session: Rc<Session>, actor: &'a Actor, recording: bool) -> Result<Pg<'a>> {
        session.batch("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        let writer = Pg {
            session,
            actor: Some(actor),
            recording,
            open: Cell::new(true),
        };
        writer.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        Ok(writer)
    }

    fn query(&self, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
        self.session.query(sql, params)
    }

    fn query_opt(&self, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
        self.session.query_opt(sql, params)
    }

    fn query_one(&self, sql: &str, params: Params<'_>) -> Result<Row> {
        self.session.query_one(sql, params)
    }

    fn execute(&self, sql: &str, params: Params<'_>) -> Result<u64> {
        self.session.execute(sql, params)
    }
}

impl Drop for Pg<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            let _ = self.session.batch("ROLLBACK");
        }
    }
}

impl Transaction for Pg<'_> {
    fn rows(&self) -> &dyn Write {
        self
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.open.set(false);
        self.session.batch("COMMIT")
    }
}

impl Write for Pg<'_> {
    fn actor(&self) -> &Actor {
        // Only a write transaction is ever handed out as `Write`.
        static NOBODY: Actor = Actor::LocalAdmin;
        self.actor.unwrap_or(&NOBODY)
    }

    fn recording(&self) -> bool {
        self.recording
    }
}

impl Read for Pg<'_> {
    fn store_id(&self) -> Result<String> {
        get(&self.query_one("SELECT store_id FROM store_info", &[])?, 0)
    }
}

/// A cell of `row`, typed as the caller expects.
fn get<'r, T: postgres::types::FromSql<'r>>(row: &'r Row, index: usize) -> Result<T> {
    Ok(row.try_get(index)?)
}

impl From<postgres::Error> for StoreError {
    fn from(err: postgres::Error) -> Self {
        use postgres::error::SqlState;
        match err.code() {
            Some(code) if *code == SqlState::UNIQUE_VIOLATION => {
                StoreError::Conflict(err.to_string())
            }
            Some(code)
                if *code == SqlState::T_R_SERIALIZATION_FAILURE
                    || *code == SqlState::T_R_DEADLOCK_DETECTED
                    || *code == SqlState::LOCK_NOT_AVAILABLE =>
            {
                StoreError::Busy(err.to_string())
            }
            Some(code) if *code == SqlState::UNDEFINED_TABLE => {
                StoreError::NotAStore("the database".into())
            }
            _ => StoreError::Backend(err.to_string()),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        StoreError::from(err).into()
    }
}
