//! Item records: the things item-level permissions name, each with one owner.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::users::User;
use super::{Tx, format_time, now};
use crate::engine::{ItemId, UserId};
use crate::error::{Error, Result};
use crate::model::{Category, Target};

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    #[serde(skip)]
    pub id: ItemId,
    pub target: Target,
    pub owner: String,
    #[serde(skip)]
    pub owner_id: UserId,
    pub created: String,
}

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

fn item_name(target: &Target) -> Result<&str> {
    target
        .item
        .as_deref()
        .ok_or_else(|| Error::invalid(format!("`{target}` names a category, not an item")))
}

pub fn find(conn: &Connection, target: &Target) -> Result<Option<Item>> {
    let sql = format!("{SELECT} WHERE i.category = ?1 AND i.name = ?2");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(
            params![target.category.name(), item_name(target)?],
            from_row,
        )
        .optional()?)
}

pub fn get(conn: &Connection, target: &Target) -> Result<Item> {
    find(conn, target)?.ok_or_else(|| {
        Error::not_found(format!("no item `{target}`"))
            .with_hint(format!("create it with `flowsec items create '{target}'`"))
    })
}

pub fn list(
    conn: &Connection,
    category: Option<Category>,
    owner: Option<UserId>,
) -> Result<Vec<Item>> {
    let sql = format!(
        "{SELECT} WHERE (?1 IS NULL OR i.category = ?1) AND (?2 IS NULL OR i.owner_id = ?2)
         ORDER BY i.category, i.name"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![category.map(Category::name), owner], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn create(tx: &Tx<'_>, target: &Target, owner: &User) -> Result<ItemId> {
    if find(tx, target)?.is_some() {
        return Err(Error::conflict(format!("item `{target}` already exists")));
    }
    tx.prepare_cached(
        "INSERT INTO items (category, name, owner_id, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        target.category.name(),
        item_name(target)?,
        owner.id,
        now()
    ])?;
    let id = tx.last_insert_rowid();
    tx.record(
        "item.create",
        &target.to_string(),
        serde_json::json!({"owner": owner.name}),
    )?;
    Ok(id)
}

pub fn chown(tx: &Tx<'_>, item: &Item, owner: &User) -> Result<()> {
    tx.execute(
        "UPDATE items SET owner_id = ?2 WHERE id = ?1",
        [item.id, owner.id],
    )?;
    tx.record(
        "item.chown",
        &item.target.to_string(),
        serde_json::json!({"from": item.owner, "to": owner.name}),
    )
}

/// Removes an item; its grants go with it.
pub fn remove(tx: &Tx<'_>, item: &Item) -> Result<()> {
    tx.execute("DELETE FROM items WHERE id = ?1", [item.id])?;
    tx.record(
        "item.remove",
        &item.target.to_string(),
        serde_json::json!({"owner": item.owner}),
    )
}
