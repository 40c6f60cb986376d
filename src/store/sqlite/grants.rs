//! Grant rows.

use rusqlite::params;

use super::{Conn, Writer};
use crate::engine::{ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::Permission;
use crate::store::grants::{self, GrantReads, GrantWrites, Holding, Principal};

/// The (user_id, role_id) columns of a principal.
fn columns(principal: Principal) -> (Option<UserId>, Option<RoleId>) {
    match principal {
        Principal::User(id) => (Some(id), None),
        Principal::Role(id) => (None, Some(id)),
    }
}

/// Permissions from rows of (category, item name, action).
fn permissions(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
) -> Result<Vec<Permission>> {
    let mut rows = stmt.query(params)?;
    let mut permissions = Vec::new();
    while let Some(r) = rows.next()? {
        permissions.push(grants::from_row(
            r.get_ref(0)?.as_str()?,
            r.get(1)?,
            r.get_ref(2)?.as_str()?,
        )?);
    }
    Ok(permissions)
}

impl<C: Conn> GrantReads for C {
    fn principal_name(&self, principal: Principal) -> Result<String> {
        let (sql, id) = match principal {
            Principal::User(id) => ("SELECT name FROM users WHERE id = ?1", id),
            Principal::Role(id) => ("SELECT name FROM roles WHERE id = ?1", id),
        };
        Ok(self.prepare_cached(sql)?.query_row([id], |r| r.get(0))?)
    }

    fn grants_of(&self, principal: Principal) -> Result<Vec<Permission>> {
        let (user, role) = columns(principal);
        let mut stmt = self.prepare_cached(
            "SELECT g.category, i.name, g.action FROM grants g
             LEFT JOIN items i ON i.id = g.item_id
             WHERE g.user_id IS ?1 AND g.role_id IS ?2",
        )?;
        let mut found = permissions(&mut stmt, params![user, role])?;
        found.sort();
        Ok(found)
    }

    fn grants_reaching(&self, user: UserId) -> Result<Vec<Permission>> {
        let mut stmt = self.prepare(
            "SELECT g.category, i.name, g.action FROM grants g
             LEFT JOIN items i ON i.id = g.item_id
             WHERE g.user_id = ?1
                OR g.role_id IN (SELECT role_id FROM role_members WHERE user_id = ?1)",
        )?;
        permissions(&mut stmt, [user])
    }

    fn holdings_on_item(&self, item: ItemId) -> Result<(Vec<Holding>, Vec<Holding>)> {
        let mut stmt = self.prepare_cached(
            "SELECT u.name, r.name, g.action FROM grants g
             LEFT JOIN users u ON u.id = g.user_id LEFT JOIN roles r ON r.id = g.role_id
             WHERE g.item_id = ?1
             ORDER BY u.name COLLATE NOCASE, r.name COLLATE NOCASE, g.action",
        )?;
        let rows = stmt
            .query_map([item], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(grants::holdings(rows))
    }
}

impl GrantWrites for Writer<'_> {
    fn insert_grant(
        &self,
        to: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool> {
        let (user, role) = columns(to);
        Ok(self
            .prepare_cached(
                "INSERT OR IGNORE INTO grants (user_id, role_id, category, item_id, action)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                user,
                role,
                permission.category().name(),
                item,
                permission.action()
            ])?
            > 0)
    }

    fn delete_grant(
        &self,
        from: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool> {
        let (user, role) = columns(from);
        Ok(self
            .prepare_cached(
                "DELETE FROM grants WHERE user_id IS ?1 AND role_id IS ?2
                   AND category = ?3 AND item_id IS ?4 AND action = ?5",
            )?
            .execute(params![
                user,
                role,
                permission.category().name(),
                item,
                permission.action()
            ])?
            > 0)
    }
}
