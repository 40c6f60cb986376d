//! The PostgreSQL backend: one database that many hosts share. Every query runs on the
//! store's one connection inside a transaction begun here: a read is `REPEATABLE READ
//! READ ONLY` (one snapshot; the reads on their own share one too), a write takes a
//! transaction-scoped advisory lock first, so writers on every host queue as SQLite's do
//! and no serialization failure reaches anyone. Statements are prepared once per connection. Names compare as SQLite's
//! `NOCASE` does, through `lower(name COLLATE "C")`.
//!
//! Connections: TLS as libpq's `sslmode` means it (`tls.rs`), the password from the
//! first place that has one (`password.rs`), `connect_timeout` over the whole log-in.
//! Writes that come many at once (an apply, a copy) go in one statement or one `COPY`
//! each, and audit records wait to go together until something reads the audit table.

mod migrations;
mod password;
mod records;
mod roles;
mod scans;
mod small;
mod tls;
mod users;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use postgres::types::ToSql;
use postgres::{Client, Row, Statement};

use crate::error::{Error, Result};
use crate::identity::Actor;
use std::path::Path;

use crate::crypto::{Keyring, keyfile};
use crate::store::location::Database;
use crate::store::{Backend, Read, StoreError, Transaction, Write};

/// The advisory lock every writer takes: "FSEC".
const WRITE_LOCK: i64 = 0x4653_4543;

/// An open PostgreSQL store: its one connection, for reads on their own.
pub(super) struct Postgres {
    reader: Pg<'static>,
}

/// How long a connection may take, unless the URL says (`connect_timeout`).
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

impl Postgres {
    /// Connects to `db`, with a password from the first place that has one.
    fn connect(db: &Database) -> Result<Rc<Session>> {
        let tls = tls::wanted(db.url())?;
        let mut config: postgres::Config = tls.url.parse().map_err(|e| {
            Error::usage(format!(
                "the PostgreSQL URL is not one libpq would take: {e}"
            ))
        })?;
        let found = {
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(host)) => host.clone(),
                _ => "localhost".to_string(),
            };
            let user = config.get_user().unwrap_or_default().to_string();
            let dbname = config
                .get_dbname()
                .map_or_else(|| user.clone(), str::to_string);
            password::find(
                db,
                &password::Target {
                    host: &host,
                    port: config.get_ports().first().copied().unwrap_or(5432),
                    dbname: &dbname,
                    user: &user,
                },
            )?
        };
        if let Some(password) = &found.password {
            config.password(password.as_bytes());
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let limit = config
            .get_connect_timeout()
            .copied()
            .unwrap_or(CONNECT_TIMEOUT);
        if config.get_application_name().is_none() {
            config.application_name("flowsec");
        }
        config.ssl_mode(match tls.mode {
            tls::Mode::Disable => postgres::config::SslMode::Disable,
            tls::Mode::Prefer => postgres::config::SslMode::Prefer,
            _ => postgres::config::SslMode::Require,
        });
        let tls = tls::client_config(tls.mode, tls.root_cert.as_deref())?;
        let client = connect_within(config, tls, limit).map_err(|cause| {
            let error = Error::new(
                crate::error::ErrorKind::Store,
                format!("cannot connect to the PostgreSQL store: {cause}"),
            );
            if found.password.is_none() && cause.contains("password missing") {
                let mut hint = "the server asks for a password: put it in FLOWSEC_DB or the config file's `db`, PGPASSWORD, the pgpass file, or seal it with `flowsec db password`".to_string();
                if let Some(why) = &found.passed_over {
                    hint.push_str(&format!(" ({why})"));
                }
                return error.with_hint(hint);
            }
            error
        })?;
        Ok(Rc::new(Session {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            open: Cell::new(Open::Nothing),
        }))
    }

    /// Brings the store's schema up to this binary's, under the write lock, so it is done
    /// once however many hosts run it together; returns the version it had.
    pub(super) fn upgrade(db: &Database, actor: &Actor) -> Result<i64> {
        let session = Postgres::connect(db)?;
        let writer = Pg::writer(session, actor, true)?;
        let latest = latest();
        let baseline = migrations::MIGRATIONS
            .first()
            .map_or(0, |(version, _)| *version);
        let found = match schema_version(&writer.session)? {
            None => return Err(Error::not_found("the database holds no flowsec store")),
            Some(found) if found > latest => {
                return Err(StoreError::TooNew {
                    found,
                    known: latest,
                }
                .into());
            }
            Some(found) if found < baseline => {
                return Err(Error::new(
                    crate::error::ErrorKind::Store,
                    format!(
                        "the store has schema version {found}, older than any PostgreSQL store ({baseline})"
                    ),
                ));
            }
            Some(found) => found,
        };
        for (_, sql) in migrations::MIGRATIONS.iter().filter(|(v, _)| *v > found) {
            writer.session.batch(sql)?;
        }
        if found < migrations::CHAINED {
            crate::store::audit::chain_unhashed(&writer)?;
        }
        if found < latest {
            writer.execute("UPDATE flowsec_schema_version SET version = $1", &[&latest])?;
            crate::store::audit::append(
                &writer,
                "store.upgrade",
                db.url(),
                &serde_json::json!({"from": found, "to": latest}),
            )?;
        }
        Box::new(writer).commit()?;
        Ok(found)
    }

    /// Whether the database holds a flowsec store.
    pub(super) fn holds_store(db: &Database) -> Result<bool> {
        let session = Postgres::connect(db)?;
        schema_version(&session).map(|found| found.is_some())
    }

    /// Drops every table of the store just made in `db`.
    pub(super) fn drop_store(db: &Database) -> Result<()> {
        let session = Postgres::connect(db)?;
        let tables: Vec<&str> = crate::store::copy::TABLES
            .iter()
            .map(|(table, _)| *table)
            .chain(["flowsec_schema_version"])
            .collect();
        session.batch(&format!(
            "BEGIN; DROP TABLE {} CASCADE; DROP FUNCTION flowsec_audit_append_only(); COMMIT",
            tables.join(", ")
        ))
    }

    /// Opens the store in the database `url` names; one of an older or newer schema is
    /// refused (a shared store is upgraded only by `flowsec db upgrade`).
    pub(super) fn open(db: &Database) -> Result<Postgres> {
        let session = Postgres::connect(db)?;
        let latest = latest();
        match schema_version(&session)? {
            None => Err(
                Error::not_found("the database holds no flowsec store").with_hint(
                    "create one with `flowsec init` (the DBA makes the database and its role)",
                ),
            ),
            Some(version) if version > latest => Err(StoreError::TooNew {
                found: version,
                known: latest,
            }
            .into()),
            Some(version) if version < latest => Err(Error::new(
                crate::error::ErrorKind::Store,
                format!(
                    "the store has schema version {version}, older than this flowsec's ({latest})"
                ),
            )
            .with_hint("upgrade it once, from any host: `flowsec db upgrade`")),
            Some(_) => Ok(Postgres {
                reader: Pg::reader(session),
            }),
        }
    }

    /// Creates flowsec's tables in the database `url` names, which must hold none, and
    /// fills them with `fill`, in one transaction; `key_file` is written before it commits.
    pub(super) fn create(
        db: &Database,
        actor: &Actor,
        fill: &dyn Fn(&dyn Write) -> Result<Option<Keyring>>,
        key_file: Option<&Path>,
    ) -> Result<()> {
        let session = Postgres::connect(db)?;
        let writer = Pg::writer(session, actor, false)?;
        let taken: bool = get(
            &writer.query_one(
                "SELECT to_regclass('flowsec_schema_version') IS NOT NULL",
                &[],
            )?,
            0,
        )?;
        if taken {
            return Err(
                Error::conflict("the database already holds a flowsec store")
                    .with_hint("nothing was changed; name another database with --db"),
            );
        }
        for (_, sql) in migrations::MIGRATIONS {
            writer.session.batch(sql)?;
        }
        let keyring = fill(&writer)?;
        let key_file = key_file.zip(keyring.as_ref());
        if let Some((key_file, keyring)) = key_file {
            keyfile::create(key_file, keyring)?;
        }
        let committed = Box::new(writer).commit();
        if committed.is_err()
            && let Some((key_file, _)) = key_file
        {
            // The key file just written belongs to no store.
            let _ = std::fs::remove_file(key_file);
        }
        committed
    }
}

/// The schema version of the store in the database, if it holds one.
fn schema_version(session: &Session) -> Result<Option<i64>> {
    let asked = session
        .client
        .borrow_mut()
        .query_opt("SELECT version FROM flowsec_schema_version", &[]);
    match asked {
        Ok(row) => row.map(|row| get(&row, 0)).transpose(),
        Err(e) if e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Connects, giving up after `limit`: the driver's own timeout covers only the TCP
/// connection, not a server that accepts it and then says nothing.
fn connect_within(
    config: postgres::Config,
    tls: Option<rustls::ClientConfig>,
    limit: std::time::Duration,
) -> std::result::Result<Client, String> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let connected = match tls {
            None => config.connect(postgres::NoTls),
            Some(tls) => config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls)),
        };
        let _ = sender.send(connected.map_err(|e| cause(&e)));
    });
    match receiver.recv_timeout(limit) {
        Ok(connected) => connected,
        Err(_) => Err(format!(
            "the server did not answer within {} s (connect_timeout)",
            limit.as_secs()
        )),
    }
}

fn latest() -> i64 {
    migrations::MIGRATIONS
        .last()
        .map_or(0, |(version, _)| *version)
}

/// What went wrong connecting, without the URL or anything else that names a password.
fn cause(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(inner) = source {
                text = format!("{text}: {inner}");
                source = inner.source();
            }
            text
        }
    }
}

impl Backend for Postgres {
    fn kind(&self) -> &'static str {
        "postgresql"
    }

    fn reader(&self) -> &dyn Read {
        &self.reader
    }

    fn begin_read(&self) -> Result<Box<dyn Read + '_>> {
        Ok(Box::new(Pg::snapshot(self.reader.session.clone())?))
    }

    fn begin_write<'s>(&'s mut self, actor: &'s Actor) -> Result<Box<dyn Transaction + 's>> {
        Ok(Box::new(Pg::writer(
            self.reader.session.clone(),
            actor,
            true,
        )?))
    }
}

/// The store's connection and its prepared statements, which outlive transactions.
struct Session {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    open: Cell<Open>,
}

/// The transaction open on a connection.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    /// The reader's: its queries share one snapshot, so a command sees one state of the
    /// store. It ends when a transaction begins, which then sees what came since.
    ReadersSnapshot,
    /// A snapshot's or a writer's.
    Transaction,
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

    /// Begins a snapshot's or a writer's transaction with `begin`, ending the reader's.
    fn begin(&self, begin: &str) -> Result<()> {
        self.end_readers_snapshot()?;
        self.batch(begin)?;
        self.open.set(Open::Transaction);
        Ok(())
    }

    /// Ends the transaction open, committed or not.
    fn end(&self, commit: bool) -> Result<()> {
        self.open.set(Open::Nothing);
        self.batch(if commit { "COMMIT" } else { "ROLLBACK" })
    }

    /// The reader's first query begins its snapshot.
    fn begin_readers_snapshot(&self) -> Result<()> {
        if self.open.get() == Open::Nothing {
            self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
            self.open.set(Open::ReadersSnapshot);
        }
        Ok(())
    }

    /// Ends the reader's snapshot, if it is open. Rolled back: it is read-only, and may
    /// have been aborted by a query that failed.
    fn end_readers_snapshot(&self) -> Result<()> {
        match self.open.get() {
            Open::ReadersSnapshot => self.end(false),
            _ => Ok(()),
        }
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
    /// The connection on its own, whose queries share the reader's snapshot.
    reader: bool,
    /// A statement failed, so PostgreSQL has aborted the transaction: its COMMIT would
    /// quietly roll back, and is refused instead.
    failed: Cell<bool>,
    /// Audit records not yet sent, sent before the next statement or the commit.
    pending_audit: RefCell<small::AuditBatch>,
    /// The newest record this writer made, which the next follows.
    audit_head: Cell<Option<crate::store::audit::Link>>,
    audit_memo: crate::store::audit::Memo,
}

impl<'a> Pg<'a> {
    /// `open`: in a transaction its caller began; without one, it is the reader.
    fn new(session: Rc<Session>, actor: Option<&'a Actor>, recording: bool, open: bool) -> Pg<'a> {
        Pg {
            session,
            actor,
            recording,
            open: Cell::new(open),
            reader: !open,
            failed: Cell::new(false),
            pending_audit: RefCell::default(),
            audit_head: Cell::new(None),
            audit_memo: Default::default(),
        }
    }

    fn reader(session: Rc<Session>) -> Pg<'static> {
        Pg::new(session, None, false, false)
    }

    /// A read transaction: one snapshot.
    fn snapshot(session: Rc<Session>) -> Result<Pg<'static>> {
        session.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        Ok(Pg::new(session, None, false, true))
    }

    /// A write transaction, holding the write lock from its start.
    fn writer(session: Rc<Session>, actor: &'a Actor, recording: bool) -> Result<Pg<'a>> {
        session.begin("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        let writer = Pg::new(session, Some(actor), recording, true);
        // A writer waits as long as SQLite's do, then reports the store busy.
        writer.session.batch("SET LOCAL lock_timeout = '60s'")?;
        writer.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        Ok(writer)
    }

    fn query(&self, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
        self.run(|session| session.query(sql, params))
    }

    fn query_opt(&self, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
        self.run(|session| session.query_opt(sql, params))
    }

    fn query_one(&self, sql: &str, params: Params<'_>) -> Result<Row> {
        self.run(|session| session.query_one(sql, params))
    }

    fn execute(&self, sql: &str, params: Params<'_>) -> Result<u64> {
        self.run(|session| session.execute(sql, params))
    }

    /// Runs a statement: the reader's in its snapshot, begun by its first.
    fn run<T>(&self, statement: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        if self.reader {
            self.session.begin_readers_snapshot()?;
        }
        let result = self.noting_failure(statement(&self.session));
        if result.is_err() && self.reader {
            // PostgreSQL aborted the snapshot: the next query begins another.
            self.session.end_readers_snapshot()?;
        }
        result
    }

    /// Which of `names` the rows of `table` (users or roles) already have, in one
    /// query, whatever the count; names compare without regard to case.
    fn taken_names_in(&self, table: &'static str, names: &[&str]) -> Result<Vec<String>> {
        self.query(
            &format!(
                "SELECT name FROM {table} WHERE lower(name COLLATE \"C\")
                     = ANY(SELECT lower(n COLLATE \"C\") FROM unnest($1::text[]) AS n)"
            ),
            &[&names],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }

    /// Sends the audit records kept so far, in the order they were made: before
    /// anything reads the audit table, and before the commit. Nothing else reads it,
    /// so a transaction's records go in one statement, not one round trip each.
    pub(super) fn send_audit(&self) -> Result<()> {
        if self.pending_audit.borrow().is_empty() {
            return Ok(());
        }
        let batch = self.pending_audit.take();
        crate::store::copy::CopyWrites::insert_rows(
            self,
            "audit",
            small::AuditBatch::COLUMNS,
            batch.rows(),
        )
    }

    fn noting_failure<T>(&self, result: Result<T>) -> Result<T> {
        if result.is_err() {
            self.failed.set(true);
        }
        result
    }
}

impl Drop for Pg<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            let _ = self.session.end(false);
        }
        if self.reader {
            let _ = self.session.end_readers_snapshot();
        }
    }
}

impl Transaction for Pg<'_> {
    fn rows(&self) -> &dyn Write {
        self
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.send_audit()?;
        if self.failed.get() {
            return Err(StoreError::Backend(
                "a statement of the transaction failed; nothing was changed".into(),
            )
            .into());
        }
        self.open.set(false);
        self.session.end(true)
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

/// The engine's keys of rows of (category, item id, action): grants or token scopes.
fn grant_set(rows: &[Row]) -> Result<crate::engine::GrantSet> {
    let mut set = crate::engine::GrantSet::default();
    for r in rows {
        set.insert(crate::store::grants::key(
            &get::<String>(r, 0)?,
            get(r, 1)?,
            &get::<String>(r, 2)?,
        )?);
    }
    Ok(set)
}

/// A cell of `row`, typed as the caller expects.
fn get<'r, T: postgres::types::FromSql<'r>>(row: &'r Row, index: usize) -> Result<T> {
    Ok(row.try_get(index)?)
}

/// The ids of rows of (name, id) that an INSERT RETURNING gave, in the order of
/// `names`: PostgreSQL does not promise RETURNING keeps its input's order.
fn ids_in_order(made: &[Row], names: &[&str]) -> Result<Vec<i64>> {
    let by_name: std::collections::HashMap<String, i64> = made
        .iter()
        .map(|r| Ok((get(r, 0)?, get(r, 1)?)))
        .collect::<Result<_>>()?;
    names
        .iter()
        .map(|name| {
            by_name.get(*name).copied().ok_or_else(|| {
                StoreError::Backend(format!("`{name}` went missing on its way in")).into()
            })
        })
        .collect()
}

impl From<postgres::Error> for StoreError {
    fn from(err: postgres::Error) -> Self {
        use postgres::error::SqlState;
        let text = cause(&err);
        match err.code() {
            Some(code) if *code == SqlState::UNIQUE_VIOLATION => StoreError::Conflict(text),
            Some(code)
                if *code == SqlState::T_R_SERIALIZATION_FAILURE
                    || *code == SqlState::T_R_DEADLOCK_DETECTED
                    || *code == SqlState::LOCK_NOT_AVAILABLE =>
            {
                StoreError::Busy(text)
            }
            _ => StoreError::Backend(text),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        StoreError::from(err).into()
    }
}
