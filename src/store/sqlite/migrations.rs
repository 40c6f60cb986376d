//! Versioned schema migrations. `PRAGMA user_version` counts the migrations applied; they
//! run in one IMMEDIATE transaction that re-reads the version itself, so processes opening
//! an old store at once apply each migration exactly once.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, Writer};
use crate::error::Result;
use crate::identity::Actor;
use crate::store::{StoreError, audit};

/// Migration N (1-based) takes the schema from version N-1 to N. Never edit a landed one.
const MIGRATIONS: &[&str] = &[
    // 1: principals, items and grants.
    r#"
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL,
        sharing INTEGER NOT NULL DEFAULT 1,
        source TEXT NOT NULL DEFAULT 'local',
        password_hash TEXT,
        password_changed_at INTEGER,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '',
        superuser INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE role_members (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, role_id)
    ) WITHOUT ROWID;
    CREATE INDEX role_members_by_role ON role_members(role_id, user_id);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        owner_id INTEGER NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        UNIQUE (category, name)
    );
    CREATE INDEX items_by_owner ON items(owner_id);
    -- A grant goes to exactly one principal; item_id is NULL for general permissions.
    CREATE TABLE grants (
        id INTEGER PRIMARY KEY,
        user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
        role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        CHECK ((user_id IS NULL) <> (role_id IS NULL))
    );
    CREATE UNIQUE INDEX grants_unique ON grants(
        IFNULL(user_id, 0), IFNULL(role_id, 0), category, IFNULL(item_id, 0), action);
    -- Covering, so loading a principal's grants is one index scan.
    CREATE INDEX grants_by_user ON grants(user_id, category, item_id, action)
        WHERE user_id IS NOT NULL;
    CREATE INDEX grants_by_role ON grants(role_id, category, item_id, action)
        WHERE role_id IS NOT NULL;
    CREATE INDEX grants_by_item ON grants(item_id) WHERE item_id IS NOT NULL;
    CREATE INDEX grants_by_permission ON grants(category, action, item_id);
    "#,
    // 2: the append-only audit trail.
    r#"
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        auth TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_by_time ON audit(at);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    "#,
    // 3: API tokens. Only a hash of each secret is kept; revoked tokens stay listed.
    r#"
    CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        secret_hash BLOB NOT NULL,
        restricted INTEGER NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER,
        last_used_at INTEGER
    ) WITHOUT ROWID;
    -- Names are unique among a user's tokens that have not been revoked.
    CREATE UNIQUE INDEX tokens_by_name ON tokens(user_id, name) WHERE revoked_at IS NULL;
    CREATE INDEX tokens_by_user ON tokens(user_id);
    -- A scope on an item that is removed goes with it; the token stays restricted.
    CREATE TABLE token_scopes (
        token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
        action TEXT NOT NULL
    );
    CREATE INDEX token_scopes_by_token ON token_scopes(token_id);
    CREATE INDEX token_scopes_by_item ON token_scopes(item_id) WHERE item_id IS NOT NULL;
    "#,
    // 4: authentication: settings, lockout and password state, log-in sessions and
    // recovery codes. Secrets are kept as SHA-256 digests only.
    r#"
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN locked_until INTEGER;
    ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        secret_hash BLOB NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        last_used_at INTEGER NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions(user_id);
    -- One outstanding code per user: a new request replaces the old code.
    CREATE TABLE recovery_codes (
        user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        code_hash BLOB NOT NULL,
        expires_at INTEGER NOT NULL
    );
    "#,
    // 5: encrypted secrets and the store's binding to its key file.
    r#"
    -- One row: the id the store's key file carries too. A store made before encryption
    -- existed has none until its first secret is stored.
    CREATE TABLE key_binding (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        store_id TEXT NOT NULL
    );
    -- A field of an item, or a system secret (item_id NULL) such as email.smtp-password.
    CREATE TABLE secrets (
        id INTEGER PRIMARY KEY,
        item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        key_id TEXT NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX secrets_unique ON secrets(IFNULL(item_id, 0), name);
    CREATE INDEX secrets_by_key ON secrets(key_id);
    "#,
    // 6: directory servers (LDAP, Active Directory) and their groups' roles. The bind
    // password is a system secret; users from a directory carry its name as their source.
    r#"
    CREATE TABLE directories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        url TEXT NOT NULL,
        starttls INTEGER NOT NULL,
        bind_dn TEXT NOT NULL,
        user_base TEXT NOT NULL,
        user_filter TEXT NOT NULL,
        username_attr TEXT NOT NULL,
        email_attr TEXT NOT NULL,
        full_name_attr TEXT NOT NULL,
        -- NULL: the directory's groups are not read.
        group_base TEXT,
        group_filter TEXT NOT NULL,
        group_attr TEXT NOT NULL,
        -- What the last `directory import` asked for, which `directory sync` repeats.
        import_filter TEXT,
        import_groups INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        synced_at INTEGER
    );
    -- A directory group given a role: the members of the group are the directory's
    -- members of the role.
    CREATE TABLE directory_groups (
        directory_id INTEGER NOT NULL REFERENCES directories(id) ON DELETE CASCADE,
        name TEXT NOT NULL COLLATE NOCASE,
        role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        PRIMARY KEY (directory_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX directory_groups_by_role ON directory_groups(role_id);
    CREATE INDEX users_by_source ON users(source);
    "#,
    // 7: a check value of each key (a digest of its material, under the store's id), so a
    // damaged key file is recognised as such and never seals anything.
    r#"
    CREATE TABLE key_checks (
        key_id TEXT PRIMARY KEY,
        check_value BLOB NOT NULL
    ) WITHOUT ROWID;
    -- Recovery codes: a few outstanding at once, each valid until used or expired (a new
    -- request no longer voids the one a victim is about to use); wrong codes are counted.
    CREATE TABLE recovery_codes_v7 (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
    );
    INSERT INTO recovery_codes_v7 (user_id, code_hash, created_at, expires_at)
        SELECT user_id, code_hash, expires_at, expires_at FROM recovery_codes;
    DROP TABLE recovery_codes;
    ALTER TABLE recovery_codes_v7 RENAME TO recovery_codes;
    CREATE INDEX recovery_codes_by_user ON recovery_codes(user_id, created_at);
    ALTER TABLE users ADD COLUMN wrong_codes INTEGER NOT NULL DEFAULT 0;
    -- Who disabled a token: a user's name, '' for the local administrator.
    ALTER TABLE tokens ADD COLUMN disabled_by TEXT;
    "#,
    // 8: the store's own random id, kept inside it, which session files are keyed by. A
    // store bound to a key file already has one, and keeps it.
    r#"
    CREATE TABLE store_info (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        store_id TEXT NOT NULL
    );
    INSERT INTO store_info (only, store_id)
        SELECT 1, IFNULL((SELECT store_id FROM key_binding), lower(hex(randomblob(16))));
    "#,
    // 9: no index of grants by permission: only `perms who` asks by permission, and a
    // bulk grant maintains one index fewer.
    r#"
    DROP INDEX grants_by_permission;
    "#,
    // 10: the audit trail as evidence. Each record keeps its hash in the chain (those
    // made before get theirs in this upgrade, the only update the trigger lets through);
    // signed checkpoints and prune anchors; the key of the trail's keyed digests. Only
    // records an anchor covers may be removed.
    r#"
    ALTER TABLE audit ADD COLUMN hash BLOB;
    DROP TRIGGER audit_no_update;
    DROP TRIGGER audit_no_delete;
    CREATE TABLE audit_checkpoints (
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        hash BLOB NOT NULL,
        at INTEGER NOT NULL,
        key TEXT NOT NULL,
        signature BLOB NOT NULL,
        PRIMARY KEY (seq, kind)
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.id IS NOT OLD.id
            OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.auth IS NOT OLD.auth
            OR NEW.action IS NOT OLD.action OR NEW.target IS NOT OLD.target
            OR NEW.outcome IS NOT OLD.outcome OR NEW.details IS NOT OLD.details
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        WHEN OLD.id > IFNULL(
            (SELECT MAX(seq) FROM audit_checkpoints WHERE kind = 'anchor'), 0)
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    ALTER TABLE store_info ADD COLUMN audit_key BLOB;
    "#,
];

/// The version whose upgrade hashes the records made before the chain.
const CHAINED: i64 = 10;

fn latest() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// Brings the store's schema up to date; a no-op costing one query when it already is.
pub fn upgrade(conn: &mut Connection, path: &Path) -> Result<()> {
    let (version, app_id) = versions(conn)?;
    if app_id != APPLICATION_ID {
        return Err(StoreError::NotAStore(format!("`{}`", path.display())).into());
    }
    if version == latest() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (version, _) = versions(&tx)?;
    if version > latest() {
        return Err(StoreError::TooNew {
            found: version,
            known: latest(),
        }
        .into());
    }
    for (done, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        tx.execute_batch(sql)?;
        tx.pragma_update(
            None,
            "user_version",
            i64::try_from(done + 1).unwrap_or(i64::MAX),
        )?;
    }
    let writer = Writer::new(tx, &Actor::LocalAdmin, false);
    if version < CHAINED {
        audit::chain_unhashed(&writer)?;
    }
    writer.tx.commit()?;
    Ok(())
}

fn versions(conn: &Connection) -> Result<(i64, i32)> {
    Ok(conn.query_row(
        "SELECT user_version, application_id FROM pragma_user_version, pragma_application_id",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

#[cfg(test)]
mod tests {
    use super::latest;
    use crate::identity::Actor;
    use crate::store::copy::{SCHEMA_VERSION, TABLES};
    use crate::store::sqlite::Sqlite;
    use crate::store::{Seed, Store};

    /// The migrations end at the interface's schema, table for table and column for
    /// column, so `db copy` carries every value.
    #[test]
    fn the_schema_is_the_interfaces() {
        assert_eq!(latest(), SCHEMA_VERSION);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        Store::create(
            &crate::store::Location::Sqlite(path.clone()),
            &Seed::default(),
            &Actor::local(),
        )
        .unwrap();
        let conn = Sqlite::open(&path).unwrap().conn;
        let names = |sql: &str, arg: &str| -> Vec<String> {
            let mut stmt = conn.prepare(sql).unwrap();
            let rows = stmt.query_map([arg], |r| r.get(0)).unwrap();
            let mut found: Vec<String> = rows.map(Result::unwrap).collect();
            found.sort();
            found
        };
        let tables = names(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> ?1",
            "sqlite_sequence",
        );
        let mut expected: Vec<String> = TABLES.iter().map(|(t, _)| t.to_string()).collect();
        expected.sort();
        assert_eq!(tables, expected);
        for (table, columns) in TABLES {
            let mut expected: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
            expected.sort();
            let found = names("SELECT name FROM pragma_table_info(?1)", table);
            assert_eq!(found, expected, "{table}");
        }
    }
}
