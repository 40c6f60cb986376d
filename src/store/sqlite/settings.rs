//! Setting rows.

use std::collections::HashMap;

use super::{Conn, Writer};
use crate::error::Result;
use crate::store::settings::{SettingReads, SettingWrites};

impl<C: Conn> SettingReads for C {
    fn all_settings(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.prepare_cached("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl SettingWrites for Writer<'_> {
    fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    fn remove_setting(&self, key: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM settings WHERE key = ?1", [key])? > 0)
    }
}
