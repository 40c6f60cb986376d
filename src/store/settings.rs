//! Setting records: each set key's value, as validated text. What a key means, its type
//! and its default are `crate::settings`'.

use std::collections::HashMap;

use rusqlite::Connection;

use super::Tx;
use crate::error::Result;

/// Every stored value by key (keys at their default are absent).
pub fn all(conn: &Connection) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Stores `value` for `key`, replacing any.
pub fn put(tx: &Tx<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Forgets `key`'s value; whether there was one.
pub fn remove(tx: &Tx<'_>, key: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM settings WHERE key = ?1", [key])? > 0)
}
