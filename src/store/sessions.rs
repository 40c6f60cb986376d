//! Log-in session records: a session's user, the SHA-256 of its secret, when it started
//! and when it was last used. What a session means (its idle time, who may still log
//! in) is `auth::session`'s business.

use rusqlite::{Connection, OptionalExtension, params};

use super::Tx;
use crate::engine::UserId;
use crate::error::Result;

/// A session as the store keeps it, with its user's name.
pub struct Row {
    pub id: i64,
    pub user: String,
    pub created_at: i64,
    pub last_used_at: i64,
}

/// Opens a session for `user`, used at `now`; returns its id.
pub fn start(tx: &Tx<'_>, user: UserId, secret_hash: &[u8], now: i64) -> Result<i64> {
    tx.execute(
        "INSERT INTO sessions (user_id, secret_hash, created_at, last_used_at)
         VALUES (?1, ?2, ?3, ?3)",
        params![user, secret_hash, now],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The session whose secret has this hash.
pub fn by_secret(conn: &Connection, secret_hash: &[u8]) -> Result<Option<Row>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.id, u.name, s.created_at, s.last_used_at
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.secret_hash = ?1",
        )?
        .query_row([secret_hash], |r| {
            Ok(Row {
                id: r.get(0)?,
                user: r.get(1)?,
                created_at: r.get(2)?,
                last_used_at: r.get(3)?,
            })
        })
        .optional()?)
}

/// Whether the session `id` is still in the store.
pub fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sessions WHERE id = ?1")?
        .exists([id])?)
}

/// Marks the session used at `now`.
pub fn touch(conn: &Connection, id: i64, now: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sessions SET last_used_at = ?2 WHERE id = ?1 AND last_used_at < ?2",
    )?
    .execute([id, now])?;
    Ok(())
}

/// Ends the session `id`; whether it was there.
pub fn end(tx: &Tx<'_>, id: i64) -> Result<bool> {
    Ok(tx.execute("DELETE FROM sessions WHERE id = ?1", [id])? > 0)
}

/// Ends the session whose secret has this hash; the name of its user, if there was one.
pub fn end_by_secret(tx: &Tx<'_>, secret_hash: &[u8]) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "DELETE FROM sessions WHERE secret_hash = ?1
             RETURNING (SELECT name FROM users WHERE id = sessions.user_id)",
            [secret_hash],
            |r| r.get(0),
        )
        .optional()?)
}

/// Ends every session of `user`; how many.
pub fn end_of_user(tx: &Tx<'_>, user: UserId) -> Result<usize> {
    Ok(tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user])?)
}

/// Ends every session last used at or before `cutoff`; how many.
pub fn end_unused_since(tx: &Tx<'_>, cutoff: i64) -> Result<usize> {
    Ok(tx.execute("DELETE FROM sessions WHERE last_used_at <= ?1", [cutoff])?)
}

/// Ends the sessions of users whose password was set at or before `cutoff`; how many.
pub fn end_with_passwords_set_before(tx: &Tx<'_>, cutoff: i64) -> Result<usize> {
    Ok(tx.execute(
        "DELETE FROM sessions WHERE user_id IN
           (SELECT id FROM users WHERE password_changed_at <= ?1)",
        [cutoff],
    )?)
}
