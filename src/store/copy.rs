//! The whole store as rows, for `db copy`: every table and column, byte for byte, so a
//! copy is the same store (its id, hashes, sealed secrets and audit trail) to the same key
//! file. Every backend keeps these tables with these columns: the schemas move in lockstep.

use super::{Read, Tx};
use crate::error::Result;

/// One stored value, as every backend can keep it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cell {
    Null,
    Integer(i64),
    Text(String),
    Blob(Vec<u8>),
}

/// The schema version this flowsec reads and writes, the same for every backend.
pub const SCHEMA_VERSION: i64 = 10;

/// Every table with its columns, each after the tables its rows refer to.
pub const TABLES: &[(&str, &[&str])] = &[
    ("store_info", &["only", "store_id", "audit_key"]),
    (
        "users",
        &[
            "id",
            "name",
            "full_name",
            "email",
            "enabled",
            "sharing",
            "source",
            "password_hash",
            "password_changed_at",
            "created_at",
            "failed_logins",
            "locked_until",
            "must_change_password",
            "wrong_codes",
        ],
    ),
    (
        "roles",
        &[
            "id",
            "name",
            "description",
            "superuser",
            "builtin",
            "created_at",
        ],
    ),
    ("role_members", &["user_id", "role_id"]),
    (
        "items",
        &["id", "category", "name", "owner_id", "created_at"],
    ),
    (
        "grants",
        &["id", "user_id", "role_id", "category", "item_id", "action"],
    ),
    (
        "tokens",
        &[
            "id",
            "user_id",
            "name",
            "description",
            "secret_hash",
            "restricted",
            "enabled",
            "created_at",
            "expires_at",
            "revoked_at",
            "last_used_at",
            "disabled_by",
        ],
    ),
    (
        "token_scopes",
        &["token_id", "category", "item_id", "action"],
    ),
    ("settings", &["key", "value"]),
    (
        "sessions",
        &["id", "user_id", "secret_hash", "created_at", "last_used_at"],
    ),
    (
        "recovery_codes",
        &["id", "user_id", "code_hash", "created_at", "expires_at"],
    ),
    ("key_binding", &["only", "store_id"]),
    ("key_checks", &["key_id", "check_value"]),
    (
        "secrets",
        &[
            "id",
            "item_id",
            "name",
            "key_id",
            "nonce",
            "ciphertext",
            "updated_at",
        ],
    ),
    (
        "directories",
        &[
            "id",
            "name",
            "url",
            "starttls",
            "bind_dn",
            "user_base",
            "user_filter",
            "username_attr",
            "email_attr",
            "full_name_attr",
            "group_base",
            "group_filter",
            "group_attr",
            "import_filter",
            "import_groups",
            "created_at",
            "synced_at",
        ],
    ),
    ("directory_groups", &["directory_id", "name", "role_id"]),
    (
        "audit",
        &[
            "id", "at", "actor", "auth", "action", "target", "outcome", "details", "hash",
        ],
    ),
    (
        "audit_checkpoints",
        &["seq", "kind", "hash", "at", "key", "signature"],
    ),
];

/// `table`, checked to be one of the store's, with its columns: what a backend builds its
/// copy statements from, never from input.
pub fn table(name: &str) -> Result<(&'static str, &'static [&'static str])> {
    TABLES
        .iter()
        .find(|(table, _)| *table == name)
        .copied()
        .ok_or_else(|| {
            crate::error::Error::invalid(format!("`{name}` is not a table of the store"))
        })
}

pub trait CopyReads {
    /// The schema version the store has.
    fn schema_version(&self) -> Result<i64>;
    /// How many rows `table` (one of `TABLES`) holds.
    fn count_rows(&self, table: &str) -> Result<u64>;
    /// Calls `each` with every row of `table`, its cells in the order of `columns`.
    fn read_rows(
        &self,
        table: &str,
        columns: &[&str],
        each: &mut dyn FnMut(&[Cell]) -> Result<()>,
    ) -> Result<()>;
}

pub trait CopyWrites {
    /// Removes every row of `table`.
    fn clear_rows(&self, table: &str) -> Result<()>;
    /// Adds one row to `table`, its cells in the order of `columns`.
    fn insert_row(&self, table: &str, columns: &[&str], row: &[Cell]) -> Result<()>;
    /// `insert_row` of each, in order. A backend may send them at once.
    fn insert_rows(&self, table: &str, columns: &[&str], rows: &[Vec<Cell>]) -> Result<()> {
        rows.iter()
            .try_for_each(|row| self.insert_row(table, columns, row))
    }
    /// Called once all of `table`'s rows are in (a backend may move its id sequence).
    fn rows_copied(&self, table: &str) -> Result<()>;
}

/// How many rows `from` holds in all, by table.
pub fn counts(from: &dyn Read) -> Result<Vec<(&'static str, u64)>> {
    TABLES
        .iter()
        .map(|(table, _)| Ok((*table, from.count_rows(table)?)))
        .collect()
}

/// Copies every row of `from` into `to`, a store just made with nothing in it but its
/// own id, which the copy's replaces. `copied` is told the count so far.
pub fn copy_rows(from: &dyn Read, to: &Tx<'_>, copied: &dyn Fn(u64)) -> Result<u64> {
    const AT_ONCE: usize = 4096;
    let mut done = 0;
    for (table, columns) in TABLES {
        to.clear_rows(table)?;
        let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(AT_ONCE);
        from.read_rows(table, columns, &mut |row| {
            rows.push(row.to_vec());
            if rows.len() == AT_ONCE {
                to.insert_rows(table, columns, &rows)?;
                done += rows.len() as u64;
                rows.clear();
                copied(done);
            }
            Ok(())
        })?;
        to.insert_rows(table, columns, &rows)?;
        done += rows.len() as u64;
        to.rows_copied(table)?;
    }
    copied(done);
    Ok(done)
}
