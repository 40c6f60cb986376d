//! Grants of permissions to users (direct grants) and roles.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::{Read, Tx, items};
use crate::engine::{GrantKey, ItemId, RoleId, UserId};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Category, Level, Permission, Target};

/// Who holds a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Principal {
    User(UserId),
    Role(RoleId),
}

/// The users and roles holding actions on one item, with those actions.
#[derive(Debug, serde::Serialize)]
pub struct Holding {
    pub name: String,
    pub actions: Vec<String>,
}

pub trait GrantReads {
    /// The name of a user or role.
    fn principal_name(&self, principal: Principal) -> Result<String>;
    /// The names of users and roles, in their order. A backend may look them up at once.
    fn principal_names(&self, principals: &[Principal]) -> Result<Vec<String>> {
        principals.iter().map(|p| self.principal_name(*p)).collect()
    }
    /// The permissions granted to one principal, sorted.
    fn grants_of(&self, principal: Principal) -> Result<Vec<Permission>>;
    /// Every permission granted to a user, directly or through its roles.
    fn grants_reaching(&self, user: UserId) -> Result<Vec<Permission>>;
    /// Who holds what on an item: (users, roles), each sorted by name, each holding's
    /// actions sorted.
    fn holdings_on_item(&self, item: ItemId) -> Result<(Vec<Holding>, Vec<Holding>)>;
}

pub trait GrantWrites {
    /// `item`: the item of an item-level permission. Returns whether the grant is new.
    fn insert_grant(
        &self,
        to: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool>;
    /// `insert_grant` of each, in order; returns which were new. A backend may send them
    /// at once (an apply makes many).
    fn insert_grants(
        &self,
        grants: &[(Principal, &Permission, Option<ItemId>)],
    ) -> Result<Vec<bool>> {
        grants
            .iter()
            .map(|(to, permission, item)| self.insert_grant(*to, permission, *item))
            .collect()
    }
    /// Returns whether there was such a grant.
    fn delete_grant(
        &self,
        from: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool>;
}

/// The item an item-level permission names, which must exist; `None` for general ones.
pub fn item_of(r: &dyn Read, permission: &Permission) -> Result<Option<ItemId>> {
    match permission.item() {
        None => Ok(None),
        Some(_) => Ok(Some(items::get(r, &permission.target)?.id)),
    }
}

/// Returns whether the grant is new.
pub fn grant(tx: &Tx<'_>, to: Principal, permission: &Permission) -> Result<bool> {
    Ok(grant_all(tx, &[(to, permission)])? == 1)
}

/// `grant` of each, together (as an apply grants); returns how many were new.
pub fn grant_all(tx: &Tx<'_>, grants: &[(Principal, &Permission)]) -> Result<usize> {
    // Each item named looked up once, all at once.
    let mut named: Vec<&Target> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for (_, permission) in grants {
        if permission.item().is_some() && seen.insert(&permission.target) {
            named.push(&permission.target);
        }
    }
    let item_ids: FxHashMap<&Target, ItemId> =
        named.iter().copied().zip(items::ids(tx, &named)?).collect();
    let rows: Vec<(Principal, &Permission, Option<ItemId>)> = grants
        .iter()
        .map(|(to, permission)| (*to, *permission, item_ids.get(&permission.target).copied()))
        .collect();
    let added = tx.insert_grants(&rows)?;
    let new: Vec<(Principal, &Permission)> = grants
        .iter()
        .zip(&added)
        .filter(|(_, added)| **added)
        .map(|(grant, _)| *grant)
        .collect();
    record_all(tx, "grant.add", &new)?;
    Ok(new.len())
}

/// Returns whether there was such a grant.
pub fn revoke(tx: &Tx<'_>, from: Principal, permission: &Permission) -> Result<bool> {
    let removed = tx.delete_grant(from, permission, item_of(tx, permission)?)?;
    if removed {
        record_all(tx, "grant.remove", &[(from, permission)])?;
    }
    Ok(removed)
}

/// Records grants or revocations against their principals, as `user:NAME` or
/// `role:NAME`, each principal's name looked up once.
fn record_all(tx: &Tx<'_>, action: &str, grants: &[(Principal, &Permission)]) -> Result<()> {
    let names = names_of(tx, grants.iter().map(|(principal, _)| *principal))?;
    for (principal, permission) in grants {
        let kind = match principal {
            Principal::User(_) => "user",
            Principal::Role(_) => "role",
        };
        let name = names.get(principal).map_or("?", String::as_str);
        tx.record(
            action,
            &format!("{kind}:{name}"),
            serde_json::json!({"permission": permission}),
        )?;
    }
    Ok(())
}

/// The names of the distinct principals among `principals`.
pub fn names_of(
    r: &dyn Read,
    principals: impl IntoIterator<Item = Principal>,
) -> Result<FxHashMap<Principal, String>> {
    let mut distinct: Vec<Principal> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for principal in principals {
        if seen.insert(principal) {
            distinct.push(principal);
        }
    }
    let names = r.principal_names(&distinct)?;
    Ok(distinct.into_iter().zip(names).collect())
}

/// Every permission a user's grants give it, directly or through its roles, and every
/// action on the items it owns: all it holds but for a superuser role, enabled or not.
pub fn held_by(r: &dyn Read, user: UserId) -> Result<BTreeSet<Permission>> {
    let mut held: BTreeSet<Permission> = r.grants_reaching(user)?.into_iter().collect();
    for item in r.list_items(None, Some(user))? {
        held.extend(Permission::all_at(&item.target));
    }
    Ok(held)
}

/// Rebuilds a stored grant; a row the catalogue does not know means a damaged store.
pub fn from_row(category: &str, item: Option<String>, action: &str) -> Result<Permission> {
    let category = Category::parse(category).map_err(damaged)?;
    Permission::new(Target { category, item }, action).map_err(damaged)
}

/// A stored grant (or token scope) as the engine's key.
pub fn key(category: &str, item: Option<ItemId>, action: &str) -> Result<GrantKey> {
    key_in(Category::parse(category).map_err(damaged)?, item, action)
}

/// `key` for a category already parsed.
pub fn key_in(category: Category, item: Option<ItemId>, action: &str) -> Result<GrantKey> {
    let level = if item.is_some() {
        Level::Item
    } else {
        Level::General
    };
    let action = category.action_index(level, action).map_err(damaged)?;
    Ok(GrantKey {
        category,
        item,
        action,
    })
}

/// The error for a stored grant that the catalogue rejects.
pub fn damaged(e: Error) -> Error {
    Error::new(
        ErrorKind::Store,
        format!(
            "the store holds a grant outside the catalogue: {}",
            e.message()
        ),
    )
}

/// Groups (user, role, action) rows, sorted by user then role, into who holds what: the
/// rows `holdings_on_item` reads.
pub fn holdings(
    rows: impl IntoIterator<Item = (Option<String>, Option<String>, String)>,
) -> (Vec<Holding>, Vec<Holding>) {
    let (mut users, mut roles): (Vec<Holding>, Vec<Holding>) = (Vec::new(), Vec::new());
    for (user, role, action) in rows {
        let (list, name) = match (user, role) {
            (Some(user), _) => (&mut users, user),
            (None, Some(role)) => (&mut roles, role),
            (None, None) => continue,
        };
        match list.last_mut() {
            Some(last) if last.name == name => last.actions.push(action),
            _ => list.push(Holding {
                name,
                actions: vec![action],
            }),
        }
    }
    (users, roles)
}

/// Whether to add or take back permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Grant,
    Revoke,
}

/// Applies `change` to each permission for `principal`; returns (changed, already so).
pub fn change_all(
    tx: &Tx<'_>,
    principal: Principal,
    permissions: Vec<Permission>,
    change: Change,
) -> Result<(Vec<Permission>, Vec<Permission>)> {
    let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
    for permission in permissions {
        let did = match change {
            Change::Grant => grant(tx, principal, &permission)?,
            Change::Revoke => revoke(tx, principal, &permission)?,
        };
        if did { &mut changed } else { &mut unchanged }.push(permission);
    }
    Ok((changed, unchanged))
}
