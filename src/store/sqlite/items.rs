//! Item rows.

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::engine::{ItemId, UserId};
use crate::error::Result;
use crate::model::{Category, Target};
use crate::store::format_time;
use crate::store::items::{Item, ItemReads, ItemWrites, item_name};

const SELECT: &str = "SELECT i.id, i.category, i.name, u.name, i.owner_id, i.created_at
                      FROM items i JOIN users u ON u.id = i.owner_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Item> {
    let category: String = r.get(1)?;
    let category = Category::parse(&category).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Item {
        id: r.get(0)?,
        target: Target {
            category,
            item: Some(r.get(2)?),
        },
        owner: r.get(3)?,
        owner_id: r.get(4)?,
        created: format_time(r.get(5)?),
    })
}

impl<C: Conn> ItemReads for C {
    fn find_item(&self, target: &Target) -> Result<Option<Item>> {
        let sql = format!("{SELECT} WHERE i.category = ?1 AND i.name = ?2");
        Ok(self
            .prepare_cached(&sql)?
            .query_row(
                params![target.category.name(), item_name(target)?],
                from_row,
            )
            .optional()?)
    }

    fn list_items(&self, category: Option<Category>, owner: Option<UserId>) -> Result<Vec<Item>> {
        let sql = format!(
            "{SELECT} WHERE (?1 IS NULL OR i.category = ?1) AND (?2 IS NULL OR i.owner_id = ?2)
             ORDER BY i.category, i.name"
        );
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map(params![category.map(Category::name), owner], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl ItemWrites for Writer<'_> {
    fn insert_item(&self, target: &Target, owner: UserId, at: i64) -> Result<ItemId> {
        self.prepare_cached(
            "INSERT INTO items (category, name, owner_id, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            target.category.name(),
            item_name(target)?,
            owner,
            at
        ])?;
        Ok(self.last_insert_rowid())
    }

    fn set_item_owner(&self, item: ItemId, owner: UserId) -> Result<()> {
        self.execute(
            "UPDATE items SET owner_id = ?2 WHERE id = ?1",
            [item, owner],
        )?;
        Ok(())
    }

    fn delete_item(&self, item: ItemId) -> Result<()> {
        self.execute("DELETE FROM items WHERE id = ?1", [item])?;
        Ok(())
    }
}
