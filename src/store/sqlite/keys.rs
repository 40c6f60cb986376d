//! The key binding and key check rows.

use rusqlite::{OptionalExtension, params};

use super::{Conn, Writer};
use crate::error::Result;
use crate::store::keys::{KeyReads, KeyWrites};

impl<C: Conn> KeyReads for C {
    fn bound_store_id(&self) -> Result<Option<String>> {
        Ok(self
            .query_row("SELECT store_id FROM key_binding", [], |r| r.get(0))
            .optional()?)
    }

    fn keeps_key_checks(&self) -> Result<bool> {
        Ok(self.query_row("SELECT EXISTS (SELECT 1 FROM key_checks)", [], |r| r.get(0))?)
    }

    fn key_check(&self, key_id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .query_row(
                "SELECT check_value FROM key_checks WHERE key_id = ?1",
                [key_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn keys_in_use(&self) -> Result<Vec<String>> {
        Ok(self
            .prepare("SELECT DISTINCT key_id FROM secrets")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl KeyWrites for Writer<'_> {
    fn bind_key_file(&self, store_id: &str) -> Result<()> {
        self.execute(
            "INSERT INTO key_binding (only, store_id) VALUES (1, ?1)",
            [store_id],
        )?;
        Ok(())
    }

    fn add_key_check(&self, key_id: &str, check_value: &[u8]) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO key_checks (key_id, check_value) VALUES (?1, ?2)",
            params![key_id, check_value],
        )?;
        Ok(())
    }
}
