//! Grants of permissions to users (direct grants) and roles.

use std::collections::BTreeSet;

use rusqlite::{Connection, params};

use super::{Tx, items};
use crate::engine::{GrantKey, ItemId, RoleId, UserId};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Category, Level, Permission, Target};

/// Who holds a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    User(UserId),
    Role(RoleId),
}

impl Principal {
    fn columns(self) -> (Option<UserId>, Option<RoleId>) {
        match self {
            Principal::User(id) => (Some(id), None),
            Principal::Role(id) => (None, Some(id)),
        }
    }
}

/// The item an item-level permission names, which must exist; `None` for general ones.
pub fn item_of(conn: &Connection, permission: &Permission) -> Result<Option<ItemId>> {
    match permission.item() {
        None => Ok(None),
        Some(_) => Ok(Some(items::get(conn, &permission.target)?.id)),
    }
}

/// Returns whether the grant is new.
pub fn grant(tx: &Tx<'_>, to: Principal, permission: &Permission) -> Result<bool> {
    let (user, role) = to.columns();
    let item = item_of(tx, permission)?;
    let added =
        tx.prepare_cached(
            "INSERT OR IGNORE INTO grants (user_id, role_id, category, item_id, action)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            user,
            role,
            permission.category().name(),
            item,
            permission.action()
        ])? > 0;
    if added {
        record(tx, "grant.add", to, permission)?;
    }
    Ok(added)
}

/// Returns whether there was such a grant.
pub fn revoke(tx: &Tx<'_>, from: Principal, permission: &Permission) -> Result<bool> {
    let (user, role) = from.columns();
    let item = item_of(tx, permission)?;
    let removed =
        tx.prepare_cached(
            "DELETE FROM grants WHERE user_id IS ?1 AND role_id IS ?2
               AND category = ?3 AND item_id IS ?4 AND action = ?5",
        )?
        .execute(params![
            user,
            role,
            permission.category().name(),
            item,
            permission.action()
        ])? > 0;
    if removed {
        record(tx, "grant.remove", from, permission)?;
    }
    Ok(removed)
}

/// Records a grant or revocation against the principal, as `user:NAME` or `role:NAME`.
fn record(tx: &Tx<'_>, action: &str, principal: Principal, permission: &Permission) -> Result<()> {
    let (kind, sql, id) = match principal {
        Principal::User(id) => ("user", "SELECT name FROM users WHERE id = ?1", id),
        Principal::Role(id) => ("role", "SELECT name FROM roles WHERE id = ?1", id),
    };
    let name: String = tx.prepare_cached(sql)?.query_row([id], |r| r.get(0))?;
    tx.record(
        action,
        &format!("{kind}:{name}"),
        serde_json::json!({"permission": permission}),
    )
}

/// The permissions granted to one principal, sorted.
pub fn list(conn: &Connection, of: Principal) -> Result<Vec<Permission>> {
    let (user, role) = of.columns();
    let mut stmt = conn.prepare_cached(
        "SELECT g.category, i.name, g.action FROM grants g LEFT JOIN items i ON i.id = g.item_id
         WHERE g.user_id IS ?1 AND g.role_id IS ?2",
    )?;
    let mut rows = stmt.query(params![user, role])?;
    let mut permissions = Vec::new();
    while let Some(r) = rows.next()? {
        permissions.push(from_row(
            &r.get::<_, String>(0)?,
            r.get(1)?,
            &r.get::<_, String>(2)?,
        )?);
    }
    permissions.sort();
    Ok(permissions)
}

/// Every permission a user's grants give it, directly or through its roles, and every
/// action on the items it owns: all it holds but for a superuser role, enabled or not.
pub fn held_by(conn: &Connection, user: UserId) -> Result<BTreeSet<Permission>> {
    let mut held = BTreeSet::new();
    let mut stmt = conn.prepare(
        "SELECT g.category, i.name, g.action FROM grants g LEFT JOIN items i ON i.id = g.item_id
         WHERE g.user_id = ?1
            OR g.role_id IN (SELECT role_id FROM role_members WHERE user_id = ?1)",
    )?;
    let mut rows = stmt.query([user])?;
    while let Some(r) = rows.next()? {
        held.insert(from_row(
            &r.get::<_, String>(0)?,
            r.get(1)?,
            &r.get::<_, String>(2)?,
        )?);
    }
    for item in items::list(conn, None, Some(user))? {
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

/// The users and roles holding actions on one item, with those actions.
#[derive(Debug, serde::Serialize)]
pub struct Holding {
    pub name: String,
    pub actions: Vec<String>,
}

/// Who holds what on an item: (users, roles), each sorted by name.
pub fn on_item(conn: &Connection, item: ItemId) -> Result<(Vec<Holding>, Vec<Holding>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name, r.name, g.action FROM grants g
         LEFT JOIN users u ON u.id = g.user_id LEFT JOIN roles r ON r.id = g.role_id
         WHERE g.item_id = ?1 ORDER BY u.name COLLATE NOCASE, r.name COLLATE NOCASE, g.action",
    )?;
    let mut rows = stmt.query([item])?;
    let (mut users, mut roles): (Vec<Holding>, Vec<Holding>) = (Vec::new(), Vec::new());
    while let Some(r) = rows.next()? {
        let user: Option<String> = r.get(0)?;
        let role: Option<String> = r.get(1)?;
        let action: String = r.get(2)?;
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
    Ok((users, roles))
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
