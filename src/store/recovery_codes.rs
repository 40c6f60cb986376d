//! Password-recovery code records: the SHA-256 of each code a user was mailed, when it
//! was made and when it expires. The rules (how many, how long) are `auth::recovery`'s.

use rusqlite::{Connection, params};

use super::Tx;
use crate::engine::UserId;
use crate::error::Result;

/// How many codes `user` was sent after `since`, used or not.
pub fn count_since(tx: &Tx<'_>, user: UserId, since: i64) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?1 AND created_at > ?2",
        params![user, since],
        |r| r.get(0),
    )?)
}

/// Keeps a new code; first forgets the user's codes that have expired at `now` and were
/// made at or before `made_before` (they count against no limit any more).
pub fn add(
    tx: &Tx<'_>,
    user: UserId,
    code_hash: &[u8],
    (now, made_before): (i64, i64),
    expires_at: i64,
) -> Result<()> {
    tx.execute(
        "DELETE FROM recovery_codes WHERE user_id = ?1 AND expires_at <= ?2 AND created_at <= ?3",
        params![user, now, made_before],
    )?;
    tx.execute(
        "INSERT INTO recovery_codes (user_id, code_hash, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![user, code_hash, now, expires_at],
    )?;
    Ok(())
}

/// The hashes of the user's codes still valid at `now`.
pub fn valid(conn: &Connection, user: UserId, now: i64) -> Result<Vec<Vec<u8>>> {
    Ok(conn
        .prepare_cached(
            "SELECT code_hash FROM recovery_codes WHERE user_id = ?1 AND expires_at > ?2",
        )?
        .query_map(params![user, now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Ends every code of the user still valid at `now`; the records stay, so they still
/// count against the hourly limit.
pub fn use_up(tx: &Tx<'_>, user: UserId, now: i64) -> Result<()> {
    tx.execute(
        "UPDATE recovery_codes SET expires_at = ?2 WHERE user_id = ?1 AND expires_at > ?2",
        params![user, now],
    )?;
    Ok(())
}
