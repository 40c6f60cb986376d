//! Item records: the things item-level permissions name, each with one owner.

use serde::Serialize;

use super::users::User;
use super::{Read, Tx, now};
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

pub trait ItemReads {
    /// The item `target` names; `target` must name an item.
    fn find_item(&self, target: &Target) -> Result<Option<Item>>;
    /// Items by category and name, optionally of one category or owner.
    fn list_items(&self, category: Option<Category>, owner: Option<UserId>) -> Result<Vec<Item>>;
}

pub trait ItemWrites {
    /// `target` names an item. Returns the new item's id.
    fn insert_item(&self, target: &Target, owner: UserId, at: i64) -> Result<ItemId>;
    fn set_item_owner(&self, item: ItemId, owner: UserId) -> Result<()>;
    /// Removes the item, with its grants and secrets.
    fn delete_item(&self, item: ItemId) -> Result<()>;
}

/// The item's name of a target that must name an item.
pub fn item_name(target: &Target) -> Result<&str> {
    target
        .item
        .as_deref()
        .ok_or_else(|| Error::invalid(format!("`{target}` names a category, not an item")))
}

pub fn get(r: &dyn Read, target: &Target) -> Result<Item> {
    r.find_item(target)?.ok_or_else(|| {
        Error::not_found(format!("no item `{target}`"))
            .with_hint(format!("create it with `flowsec items create '{target}'`"))
    })
}

pub fn create(tx: &Tx<'_>, target: &Target, owner: &User) -> Result<ItemId> {
    if tx.find_item(target)?.is_some() {
        return Err(Error::conflict(format!("item `{target}` already exists")));
    }
    let id = tx.insert_item(target, owner.id, now())?;
    tx.record(
        "item.create",
        &target.to_string(),
        serde_json::json!({"owner": owner.name}),
    )?;
    Ok(id)
}

pub fn chown(tx: &Tx<'_>, item: &Item, owner: &User) -> Result<()> {
    tx.set_item_owner(item.id, owner.id)?;
    tx.record(
        "item.chown",
        &item.target.to_string(),
        serde_json::json!({"from": item.owner, "to": owner.name}),
    )
}

/// Removes an item; its grants go with it.
pub fn remove(tx: &Tx<'_>, item: &Item) -> Result<()> {
    tx.delete_item(item.id)?;
    tx.record(
        "item.remove",
        &item.target.to_string(),
        serde_json::json!({"owner": item.owner}),
    )
}
