//! Gathers from the store the facts the decision engine needs, and caches them per user,
//! role and item, so a batch of millions of checks reads each record once. Records are
//! read one at a time until that has cost about as much as reading the whole store would;
//! then the whole store is read in a few sequential scans, so a batch that meets most of
//! a large store runs as fast as one that meets little of a small one.

use compact_str::CompactString;
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{grants, items};
use crate::engine::{
    self, Decision, GrantKey, GrantSet, ItemId, PermissionResult, Reason, Rejection, Request,
    RoleFacts, RoleId, SubjectKind, TargetFacts, TokenFacts, UserFacts, UserId,
};
use crate::error::{Error, Result};
use crate::model::{Category, Permission};

/// The trusted account anonymous requests are evaluated as.
pub const TRUSTED_ACCOUNT: &str = "guest";

/// Whose permissions a decision is about.
#[derive(Debug, Clone, Copy)]
pub enum Subject<'a> {
    User(&'a str),
    Anonymous,
    /// A user acting through an API token, narrowed by it.
    Token {
        user: &'a str,
        token: &'a TokenFacts,
    },
}

pub struct Facts<'c> {
    conn: &'c Connection,
    /// Keyed by lower-cased name: user names compare case-insensitively. Keys are kept
    /// inline (up to 24 bytes), so a lookup in a large map costs no extra cache miss.
    users: FxHashMap<CompactString, Option<UserFacts>>,
    roles: FxHashMap<RoleId, RoleFacts>,
    /// Items by category index, then name.
    items: Vec<FxHashMap<CompactString, TargetFacts>>,
    /// Reused for lower-casing names, which batches do millions of times.
    key: String,
    /// Users and items read one at a time so far.
    lookups: usize,
    /// Past this many lookups, reading everything is cheaper; set at `LOOKUPS_BEFORE_ESTIMATE`.
    bulk_after: Option<usize>,
    /// Everything is loaded: a name missing from the caches is not in the store.
    complete: bool,
}

/// Lookups answered one at a time before the store's size is even estimated, so a single
/// check pays nothing for this.
const LOOKUPS_BEFORE_ESTIMATE: usize = 1024;
/// Lookups allowed per record in the store before reading everything. Reading a record
/// through a lookup costs some 16 times what a scan does, so switching at 1/16 would
/// bound a batch's loading at twice the least; switching this much sooner makes a batch of
/// a million as fast on a store ten times larger, for at most a fraction of a second more
/// on a batch of a few thousand.
const RECORDS_PER_LOOKUP_ALLOWED: usize = 512;

impl<'c> Facts<'c> {
    pub fn new(conn: &'c Connection) -> Facts<'c> {
        Facts {
            conn,
            users: FxHashMap::default(),
            roles: FxHashMap::default(),
            items: Category::all().map(|_| FxHashMap::default()).collect(),
            key: String::new(),
            lookups: 0,
            bulk_after: None,
            complete: false,
        }
    }

    /// May `subject` perform every one of `permissions`, and through what?
    pub fn decide(&mut self, subject: Subject<'_>, permissions: &[Permission]) -> Result<Decision> {
        let (kind, name, token) = match subject {
            Subject::User(name) => (SubjectKind::User, name, None),
            Subject::Anonymous => (SubjectKind::Anonymous, TRUSTED_ACCOUNT, None),
            Subject::Token { user, token } => (SubjectKind::User, user, Some(token)),
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
        if !self.complete && !self.users.contains_key(key.as_str()) {
            if self.count_lookup()? {
                self.load_everything()?;
            } else {
                let user = self.load_user(name)?;
                self.users.insert(key.as_str().into(), user);
            }
        }
        let user = self.users.get(key.as_str()).and_then(Option::as_ref);
        let roles: Vec<&RoleFacts> = user
            .map(|u| u.roles.iter().filter_map(|id| self.roles.get(id)).collect())
            .unwrap_or_default();
        let shown = user.map_or(name, |u| u.name.as_str());
        let decision = engine::decide(kind, shown, user, &roles, token, &requests);
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
        let candidates: Vec<Permission> =
            grants::held_by(self.conn, user.id)?.into_iter().collect();
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
            set.insert(grants::key(&category, item, &action)?);
        }
        Ok(set)
    }

    fn target(&mut self, permission: &Permission) -> Result<TargetFacts> {
        let Some(item) = permission.item() else {
            return Ok(TargetFacts::General);
        };
        let category = usize::from(permission.category().index());
        if let Some(facts) = self.items[category].get(item) {
            return Ok(*facts);
        }
        if self.complete {
            return Ok(TargetFacts::MissingItem);
        }
        if self.count_lookup()? {
            self.load_everything()?;
            return self.target(permission);
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
        self.items[category].insert(item.into(), facts);
        Ok(facts)
    }

    /// Counts one keyed lookup; true when reading everything has become the cheaper way.
    fn count_lookup(&mut self) -> Result<bool> {
        self.lookups += 1;
        if self.lookups == LOOKUPS_BEFORE_ESTIMATE {
            // Ids are distinct and positive, so the largest bounds how many records there are.
            let records: i64 = self.conn.query_row(
                "SELECT IFNULL((SELECT max(id) FROM users), 0)
                      + IFNULL((SELECT max(id) FROM items), 0)
                      + IFNULL((SELECT max(id) FROM grants), 0)",
                [],
                |r| r.get(0),
            )?;
            let records = usize::try_from(records).unwrap_or(usize::MAX);
            self.bulk_after = Some(records / RECORDS_PER_LOOKUP_ALLOWED);
        }
        Ok(self.bulk_after.is_some_and(|after| self.lookups >= after))
    }

    /// Replaces the caches with every user, role and item of the store. Each table is read
    /// in the order of an index on its principal, so each record is built in one go.
    fn load_everything(&mut self) -> Result<()> {
        let mut roles: FxHashMap<RoleId, RoleFacts> = FxHashMap::default();
        let mut stmt = self.conn.prepare("SELECT id, name, superuser FROM roles")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: RoleId = r.get(0)?;
            let name: String = r.get(1)?;
            let grants = GrantSet::default();
            let superuser = r.get(2)?;
            let name = name.into();
            roles.insert(
                id,
                RoleFacts {
                    id,
                    name,
                    superuser,
                    grants,
                },
            );
        }
        self.scan_grants("role_id", |role, key| {
            if let Some(role) = roles.get_mut(&role) {
                role.grants.insert(key);
            }
        })?;
        // Indexed by id: ids are dense, and the scans below come in id order.
        let mut by_id: Vec<Option<UserFacts>> = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, enabled FROM users ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: UserId = r.get(0)?;
            let slot = usize::try_from(id)
                .map_err(|_| grants::damaged(Error::invalid("negative user id")))?;
            by_id.resize_with(by_id.len().max(slot + 1), || None);
            by_id[slot] = Some(UserFacts {
                id,
                name: r.get(1)?,
                enabled: r.get(2)?,
                roles: Vec::new(),
                grants: GrantSet::default(),
            });
        }
        // In primary-key order, by user: left to itself SQLite scans the smaller index by
        // role, which visits the users in random order.
        let mut stmt = self
            .conn
            .prepare("SELECT user_id, role_id FROM role_members ORDER BY user_id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(u) = user_at(&mut by_id, r.get(0)?) {
                u.roles.push(r.get(1)?);
            }
        }
        self.scan_grants("user_id", |id, key| {
            if let Some(u) = user_at(&mut by_id, id) {
                u.grants.insert(key);
            }
        })?;
        let mut items: Vec<FxHashMap<CompactString, TargetFacts>> =
            Category::all().map(|_| FxHashMap::default()).collect();
        let mut stmt = self
            .conn
            .prepare("SELECT category, name, id, owner_id FROM items")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let category = Category::parse(r.get_ref(0)?.as_str()?).map_err(grants::damaged)?;
            items[usize::from(category.index())].insert(
                r.get_ref(1)?.as_str()?.into(),
                TargetFacts::Item {
                    id: r.get(2)?,
                    owner: r.get(3)?,
                },
            );
        }
        let mut users = FxHashMap::with_capacity_and_hasher(by_id.len(), Default::default());
        for u in by_id.into_iter().flatten() {
            let mut key = CompactString::from(u.name.as_str());
            key.make_ascii_lowercase();
            users.insert(key, Some(u));
        }
        self.users = users;
        self.roles = roles;
        self.items = items;
        self.complete = true;
        Ok(())
    }

    /// Calls `each` with every grant to one kind of principal (`user_id` or `role_id`),
    /// read through that principal's covering index, so in principal order.
    fn scan_grants(&self, principal: &str, mut each: impl FnMut(i64, GrantKey)) -> Result<()> {
        let sql = format!(
            "SELECT {principal}, category, item_id, action FROM grants
             WHERE {principal} IS NOT NULL ORDER BY {principal}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key = grants::key(r.get_ref(1)?.as_str()?, r.get(2)?, r.get_ref(3)?.as_str()?)?;
            each(r.get(0)?, key);
        }
        Ok(())
    }
}

fn user_at(by_id: &mut [Option<UserFacts>], id: UserId) -> Option<&mut UserFacts> {
    usize::try_from(id)
        .ok()
        .and_then(|slot| by_id.get_mut(slot))
        .and_then(Option::as_mut)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::Actor;
    use crate::model::{Name, Target};
    use crate::store::grants::Principal;
    use crate::store::roles::{self, NewRole};
    use crate::store::users::{self, NewUser};
    use crate::store::{Seed, Store};

    /// Answers given after the switch to reading everything are the answers the one-at-a-time
    /// path gives, for known, unknown and disabled users and present and missing items.
    #[test]
    fn bulk_loaded_answers_match_lookups() {
        let dir = tempfile::tempdir().unwrap();
        let actor = Actor::local();
        let mut store = Store::create(&dir.path().join("s.db"), &Seed::default(), &actor).unwrap();
        let target = |i: usize| Target {
            category: Category::parse("repositories").unwrap(),
            item: Some(format!("Item {i}")),
        };
        let permission =
            |i: usize| Permission::parse(&format!("repositories/Item {i}:run")).unwrap();
        store
            .write(&actor, |tx| {
                let mut role_ids = Vec::new();
                for r in 0..20 {
                    let name = Name::parse("role", &format!("r{r}"))?;
                    let role = NewRole {
                        name: &name,
                        description: "",
                        superuser: r == 0,
                        builtin: false,
                    };
                    role_ids.push(roles::create(tx, &role)?);
                }
                for u in 0..1500usize {
                    let id = users::create(
                        tx,
                        &NewUser {
                            name: Name::parse("user", &format!("U{u}"))?,
                            full_name: String::new(),
                            email: String::new(),
                            enabled: u % 7 != 0,
                            password_hash: None,
                        },
                    )?;
                    // Role 0 is a superuser role: only every 500th user joins it.
                    let role = if u % 500 == 0 {
                        role_ids[0]
                    } else {
                        role_ids[1 + u % 19]
                    };
                    roles::add_member(tx, role, id)?;
                    if u % 3 == 0 {
                        let owner = users::find(tx, &format!("U{u}"))?.unwrap();
                        items::create(tx, &target(u), &owner)?;
                        grants::grant(tx, Principal::User(id), &Permission::parse("jobs:access")?)?;
                    }
                }
                for (r, role) in role_ids.iter().enumerate().skip(1) {
                    grants::grant(tx, Principal::Role(*role), &permission(r * 3))?;
                    grants::grant(
                        tx,
                        Principal::Role(*role),
                        &Permission::parse("jobs:manage")?,
                    )?;
                }
                Ok(())
            })
            .unwrap();
        let snapshot = store.snapshot().unwrap();
        let mut shared = Facts::new(&snapshot);
        for u in 0..1700usize {
            // Lower case, as names compare case-insensitively; past 1500 the users are unknown.
            let name = format!("u{u}");
            let asked = [
                permission(u),
                permission(u + 1),
                Permission::parse("jobs:access").unwrap(),
                Permission::parse("jobs:manage").unwrap(),
            ];
            let subject = if u == 1600 {
                Subject::Anonymous
            } else {
                Subject::User(&name)
            };
            let bulk = shared.decide(subject, &asked).unwrap();
            let single = Facts::new(&snapshot).decide(subject, &asked).unwrap();
            assert_eq!(
                serde_json::to_value(&bulk).unwrap(),
                serde_json::to_value(&single).unwrap(),
                "user {name}"
            );
        }
        assert!(shared.complete, "the test never reached the bulk path");
    }
}
