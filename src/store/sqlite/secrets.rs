//! Secret rows: each value's key id, nonce and ciphertext.

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::crypto::Sealed;
use crate::engine::ItemId;
use crate::error::Result;
use crate::model::Target;
use crate::store::format_time;
use crate::store::secrets::{Listed, SecretReads, SecretWrites, Stored};

const SELECT: &str = "SELECT s.id, s.item_id, i.category || '/' || i.name, s.name,
                             s.key_id, s.nonce, s.ciphertext
                      FROM secrets s LEFT JOIN items i ON i.id = s.item_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        item: r.get(1)?,
        target: r.get(2)?,
        name: r.get(3)?,
        sealed: Sealed {
            key_id: r.get(4)?,
            nonce: r.get(5)?,
            ciphertext: r.get(6)?,
        },
    })
}

impl<C: Conn> SecretReads for C {
    fn find_secret(&self, item: Option<ItemId>, name: &str) -> Result<Option<Stored>> {
        Ok(self
            .prepare_cached(&format!("{SELECT} WHERE s.item_id IS ?1 AND s.name = ?2"))?
            .query_row(params![item, name], from_row)
            .optional()?)
    }

    fn list_secrets(&self, target: Option<&Target>) -> Result<Vec<Listed>> {
        let mut stmt = self.prepare(
            "SELECT i.category || '/' || i.name, s.name, s.key_id, s.updated_at
             FROM secrets s JOIN items i ON i.id = s.item_id
             WHERE (?1 IS NULL OR i.category = ?1) AND (?2 IS NULL OR i.name = ?2)
             ORDER BY i.category, i.name, s.name",
        )?;
        let category = target.map(|t| t.category.name());
        let item = target.and_then(|t| t.item.as_deref());
        let rows = stmt.query_map(params![category, item], |r| {
            Ok(Listed {
                target: r.get(0)?,
                field: r.get(1)?,
                key: r.get(2)?,
                updated: format_time(r.get(3)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn all_secrets(&self) -> Result<Vec<Stored>> {
        let mut stmt = self.prepare(&format!("{SELECT} ORDER BY s.id"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn one_sealed_with(&self, key_id: &str) -> Result<Option<Stored>> {
        Ok(self
            .query_row(
                &format!("{SELECT} WHERE s.key_id = ?1 LIMIT 1"),
                [key_id],
                from_row,
            )
            .optional()?)
    }

    fn secrets_per_key(&self) -> Result<Vec<(String, i64)>> {
        Ok(self
            .prepare("SELECT key_id, COUNT(*) FROM secrets GROUP BY key_id ORDER BY key_id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl SecretWrites for Writer<'_> {
    fn put_secret(&self, item: Option<ItemId>, name: &str, sealed: &Sealed, at: i64) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO secrets (item_id, name, key_id, nonce, ciphertext, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (IFNULL(item_id, 0), name) DO UPDATE SET key_id = excluded.key_id,
               nonce = excluded.nonce, ciphertext = excluded.ciphertext,
               updated_at = excluded.updated_at",
        )?
        .execute(params![
            item,
            name,
            sealed.key_id,
            sealed.nonce,
            sealed.ciphertext,
            at
        ])?;
        Ok(())
    }

    fn delete_secret(&self, item: Option<ItemId>, name: &str) -> Result<bool> {
        Ok(self
            .prepare_cached("DELETE FROM secrets WHERE item_id IS ?1 AND name = ?2")?
            .execute(params![item, name])?
            > 0)
    }

    fn reseal_secret(&self, id: i64, sealed: &Sealed) -> Result<()> {
        self.prepare_cached(
            "UPDATE secrets SET key_id = ?2, nonce = ?3, ciphertext = ?4 WHERE id = ?1",
        )?
        .execute(params![id, sealed.key_id, sealed.nonce, sealed.ciphertext])?;
        Ok(())
    }
}
