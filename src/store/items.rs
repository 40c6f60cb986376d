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
    /// The ids of the items `targets` name, in order. A backend may look them up at once.
    fn item_ids(&self, targets: &[&Target]) -> Result<Vec<Option<ItemId>>> {
        targets
            .iter()
            .map(|t| Ok(self.find_item(t)?.map(|item| item.id)))
            .collect()
    }
    /// Items by category and name, optionally of one category or owner.
    fn list_items(&self, category: Option<Category>, owner: Option<UserId>) -> Result<Vec<Item>>;
}

pub trait ItemWrites {
    /// `target` names an item. Returns the new item's id.
    fn insert_item(&self, target: &Target, owner: UserId, at: i64) -> Result<ItemId>;
    /// `insert_item` of each (target, owner), in order; returns their ids. A backend may
    /// send them at once (an apply makes many).
    fn insert_items(&self, items: &[(&Target, UserId)], at: i64) -> Result<Vec<ItemId>> {
        items
            .iter()
            .map(|(target, owner)| self.insert_item(target, *owner, at))
            .collect()
    }
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
    r.find_item(target)?.ok_or_else(|| missing(target))
}

fn missing(target: &Target) -> Error {
    Error::not_found(format!("no item `{target}`"))
        .with_hint(format!("create it with `flowsec items create '{target}'`"))
}

pub fn create(tx: &Tx<'_>, target: &Target, owner: &User) -> Result<ItemId> {
    let ids = create_all(tx, &[(target, owner.id)])?;
    ids.first()
        .copied()
        .ok_or_else(|| Error::invalid("no item was created"))
}

/// `create` of each (target, owner), together (as an apply creates them); returns
/// their ids, in order.
pub fn create_all(tx: &Tx<'_>, items: &[(&Target, UserId)]) -> Result<Vec<ItemId>> {
    let targets: Vec<&Target> = items.iter().map(|(target, _)| *target).collect();
    for target in &targets {
        item_name(target)?;
    }
    let found = tx.item_ids(&targets)?;
    if let Some((target, _)) = targets.iter().zip(&found).find(|(_, id)| id.is_some()) {
        return Err(Error::conflict(format!("item `{target}` already exists")));
    }
    let ids = tx.insert_items(items, now())?;
    let owners = super::grants::names_of(
        tx,
        items
            .iter()
            .map(|(_, owner)| super::grants::Principal::User(*owner)),
    )?;
    for (target, owner) in items {
        let owner = owners.get(&super::grants::Principal::User(*owner));
        tx.record(
            "item.create",
            &target.to_string(),
            serde_json::json!({"owner": owner}),
        )?;
    }
    Ok(ids)
}

/// The ids of the items `targets` name, each of which must exist.
pub fn ids(r: &dyn Read, targets: &[&Target]) -> Result<Vec<ItemId>> {
    let found = r.item_ids(targets)?;
    targets
        .iter()
        .zip(found)
        .map(|(target, id)| id.ok_or_else(|| missing(target)))
        .collect()
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
