//! Gathers from the store the facts the decision engine needs, and caches them per user,
//! role and item, so a batch of millions of checks reads each record once.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{grants, items};
use crate::engine::{
    self, Decision, GrantKey, GrantSet, ItemId, PermissionResult, Reason, Rejection, Request,
    RoleFacts, RoleId, SubjectKind, TargetFacts, UserFacts, UserId,
};
use crate::error::Result;
use crate::model::{Category, Level, Permission};

/// The trusted account anonymous requests are evaluated as.
pub const TRUSTED_ACCOUNT: &str = "guest";

/// Whose permissions a decision is about.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    User(&'a str),
    Anonymous,
}

pub struct Facts<'c> {
    conn: &'c Connection,
    /// Keyed by lower-cased name: user names compare case-insensitively.
    users: FxHashMap<Box<str>, Option<UserFacts>>,
    roles: FxHashMap<RoleId, RoleFacts>,
    /// Items by category index, then name.
    items: Vec<FxHashMap<Box<str>, TargetFacts>>,
    /// Reused for lower-casing names, which batches do millions of times.
    key: String,
}

impl<'c> Facts<'c> {
    pub fn new(conn: &'c Connection) -> Facts<'c> {
        Facts {
            conn,
            users: FxHashMap::default(),
            roles: FxHashMap::default(),
            items: Category::all().map(|_| FxHashMap::default()).collect(),
            key: String::new(),
        }
    }

    /// May `subject` perform every one of `permissions`, and through what?
    pub fn decide(&mut self, subject: Subject<'_>, permissions: &[Permission]) -> Result<Decision> {
        let (kind, name) = match subject {
            Subject::User(name) => (SubjectKind::User, name),
            Subject::Anonymous => (SubjectKind::Anonymous, TRUSTED_ACCOUNT),
        };
        let mut requests = Vec::with_capacity(permissions.len());
        for permission in permissions {
            requests.push(Request {
                permission,
                target: self.target(permission)?,
            });
        }
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        key.extend(name.chars().map(|c| c.to_ascii_lowercase()));
        if !self.users.contains_key(key.as_str()) {
            let user = self.load_user(name)?;
            self.users.insert(key.as_str().into(), user);
        }
        let user = self.users.get(key.as_str()).and_then(Option::as_ref);
        let roles: Vec<&RoleFacts> = user
            .map(|u| u.roles.iter().filter_map(|id| self.roles.get(id)).collect())
            .unwrap_or_default();
        let shown = user.map_or(name, |u| u.name.as_str());
        let decision = engine::decide(kind, shown, user, &roles, &requests);
        self.key = key;
        Ok(decision)
    }

    /// Which enabled users hold `permission`, and through what.
    pub fn who(&mut self, permission: &Permission) -> Result<Vec<Holder>> {
        let item = match permission.item() {
            Some(_) => Some(items::get(self.conn, &permission.target)?.id),
            None => None,
        };
        // Everyone related to the permission in any way; the engine then decides.
        let mut stmt = self.conn.prepare(
            "SELECT name FROM users WHERE enabled AND (
                id IN (SELECT m.user_id FROM role_members m JOIN roles r ON r.id = m.role_id
                       WHERE r.superuser)
             OR id IN (SELECT m.user_id FROM role_members m JOIN grants g ON g.role_id = m.role_id
                       WHERE g.category = ?1 AND g.action = ?2 AND g.item_id IS ?3)
             OR id IN (SELECT user_id FROM grants
                       WHERE category = ?1 AND action = ?2 AND item_id IS ?3)
             OR id = (SELECT owner_id FROM items WHERE id = ?3))
             ORDER BY name COLLATE NOCASE",
        )?;
        let names = stmt
            .query_map(
                params![permission.category().name(), permission.action(), item],
                |r| r.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let asked = std::slice::from_ref(permission);
        let mut holders = Vec::new();
        for name in names {
            let decision = self.decide(Subject::User(&name), asked)?;
            if let Some(result) = decision.results.into_iter().find(|r| r.allowed) {
                holders.push(Holder {
                    user: name,
                    reasons: result.reasons,
                });
            }
        }
        Ok(holders)
    }

    /// What `user` may do, and through what: every permission its grants, roles and
    /// items give. A superuser role gives everything, which is reported, not listed.
    pub fn effective(&mut self, user: &super::users::User) -> Result<Effective> {
        let mut candidates = BTreeSet::new();
        let mut stmt = self.conn.prepare(
            "SELECT g.category, i.name, g.action FROM grants g LEFT JOIN items i ON i.id = g.item_id
             WHERE g.user_id = ?1
                OR g.role_id IN (SELECT role_id FROM role_members WHERE user_id = ?1)",
        )?;
        let mut rows = stmt.query([user.id])?;
        while let Some(r) = rows.next()? {
            candidates.insert(grants::from_row(
                &r.get::<_, String>(0)?,
                r.get(1)?,
                &r.get::<_, String>(2)?,
            )?);
        }
        for item in items::list(self.conn, None, Some(user.id))? {
            candidates.extend(Permission::all_at(&item.target));
        }
        let candidates: Vec<Permission> = candidates.into_iter().collect();
        let decision = self.decide(Subject::User(&user.name), &candidates)?;
        let superuser_roles = self
            .users
            .get(user.name.to_ascii_lowercase().as_str())
            .and_then(Option::as_ref)
            .map(|u| {
                u.roles
                    .iter()
                    .filter_map(|id| self.roles.get(id))
                    .filter(|r| r.superuser)
                    .map(|r| r.name.to_string())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Effective {
            user: user.name.clone(),
            rejected: decision.subject.rejected,
            superuser_roles,
            permissions: decision.results.into_iter().filter(|r| r.allowed).collect(),
        })
    }

    fn load_user(&mut self, name: &str) -> Result<Option<UserFacts>> {
        let found: Option<(UserId, String, bool)> = self
            .conn
            .prepare_cached("SELECT id, name, enabled FROM users WHERE name = ?1")?
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((id, name, enabled)) = found else {
            return Ok(None);
        };
        let roles: Vec<RoleId> = self
            .conn
            .prepare_cached("SELECT role_id FROM role_members WHERE user_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for role in &roles {
            if !self.roles.contains_key(role) {
                let facts = self.load_role(*role)?;
                self.roles.insert(*role, facts);
            }
        }
        Ok(Some(UserFacts {
            id,
            name,
            enabled,
            roles,
            grants: self.load_grants(
                "SELECT category, item_id, action FROM grants WHERE user_id = ?1",
                id,
            )?,
        }))
    }

    fn load_role(&self, id: RoleId) -> Result<RoleFacts> {
        let (name, superuser): (String, bool) = self
            .conn
            .prepare_cached("SELECT name, superuser FROM roles WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(RoleFacts {
            id,
            name: name.into(),
            superuser,
            grants: self.load_grants(
                "SELECT category, item_id, action FROM grants WHERE role_id = ?1",
                id,
            )?,
        })
    }

    fn load_grants(&self, sql: &str, principal: i64) -> Result<GrantSet> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([principal])?;
        let mut set = GrantSet::default();
        while let Some(r) = rows.next()? {
            let category: String = r.get(0)?;
            let item: Option<ItemId> = r.get(1)?;
            let action: String = r.get(2)?;
            set.insert(grant_key(&category, item, &action)?);
        }
        Ok(set)
    }

    fn target(&mut self, permission: &Permission) -> Result<TargetFacts> {
        let Some(item) = permission.item() else {
            return Ok(TargetFacts::General);
        };
        let cached = &self.items[usize::from(permission.category().index())];
        if let Some(facts) = cached.get(item) {
            return Ok(*facts);
        }
        let facts = self
            .conn
            .prepare_cached("SELECT id, owner_id FROM items WHERE category = ?1 AND name = ?2")?
            .query_row(params![permission.category().name(), item], |r| {
                Ok(TargetFacts::Item {
                    id: r.get(0)?,
                    owner: r.get(1)?,
                })
            })
            .optional()?
            .unwrap_or(TargetFacts::MissingItem);
        self.items[usize::from(permission.category().index())].insert(item.into(), facts);
        Ok(facts)
    }
}

fn grant_key(category: &str, item: Option<ItemId>, action: &str) -> Result<GrantKey> {
    let category = Category::parse(category).map_err(grants::damaged)?;
    let level = if item.is_some() {
        Level::Item
    } else {
        Level::General
    };
    let action = category
        .action_index(level, action)
        .map_err(grants::damaged)?;
    Ok(GrantKey {
        category,
        item,
        action,
    })
}

/// An enabled user holding a permission, with what gives it.
#[derive(Debug, Serialize)]
pub struct Holder {
    pub user: String,
    pub reasons: Vec<Reason>,
}

/// Everything a user may do, with the sources of each permission.
#[derive(Debug, Serialize)]
pub struct Effective {
    pub user: String,
    pub rejected: Option<Rejection>,
    pub superuser_roles: Vec<String>,
    pub permissions: Vec<PermissionResult>,
}
