//! The fact cache's reads.

use rusqlite::{OptionalExtension, params};

use super::Conn;
use crate::engine::{GrantKey, GrantSet, ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Category, Permission};
use crate::store::facts::{FactReads, GrantsTo};
use crate::store::grants;

impl<C: Conn> FactReads for C {
    fn fact_user(&self, name: &str) -> Result<Option<(UserId, String, bool)>> {
        Ok(self
            .prepare_cached("SELECT id, name, enabled FROM users WHERE name = ?1")?
            .query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?)
    }

    fn fact_user_roles(&self, user: UserId) -> Result<Vec<RoleId>> {
        Ok(self
            .prepare_cached("SELECT role_id FROM role_members WHERE user_id = ?1 ORDER BY role_id")?
            .query_map([user], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn fact_user_grants(&self, user: UserId) -> Result<GrantSet> {
        let mut grants = GrantSet::default();
        let mut stmt =
            self.prepare_cached("SELECT category, item_id, action FROM grants WHERE user_id = ?1")?;
        let mut rows = stmt.query([user])?;
        while let Some(r) = rows.next()? {
            grants.insert(grants::key(
                r.get_ref(0)?.as_str()?,
                r.get(1)?,
                r.get_ref(2)?.as_str()?,
            )?);
        }
        Ok(grants)
    }

    fn fact_role(&self, role: RoleId) -> Result<(String, bool)> {
        Ok(self
            .prepare_cached("SELECT name, superuser FROM roles WHERE id = ?1")?
            .query_row([role], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    fn fact_role_general_grants(&self, role: RoleId) -> Result<Vec<GrantKey>> {
        let mut stmt = self.prepare_cached(
            "SELECT category, action FROM grants WHERE role_id = ?1 AND item_id IS NULL",
        )?;
        let mut rows = stmt.query([role])?;
        let mut keys = Vec::new();
        while let Some(r) = rows.next()? {
            keys.push(grants::key(
                r.get_ref(0)?.as_str()?,
                None,
                r.get_ref(1)?.as_str()?,
            )?);
        }
        Ok(keys)
    }

    fn fact_item(&self, category: Category, name: &str) -> Result<Option<(ItemId, UserId)>> {
        Ok(self
            .prepare_cached("SELECT id, owner_id FROM items WHERE category = ?1 AND name = ?2")?
            .query_row(params![category.name(), name], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    fn fact_item_role_grants(&self, item: ItemId, category: Category) -> Result<Vec<(RoleId, u8)>> {
        let mut stmt = self.prepare_cached(
            "SELECT role_id, action FROM grants WHERE item_id = ?1 AND role_id IS NOT NULL",
        )?;
        let mut rows = stmt.query([item])?;
        let mut found = Vec::new();
        while let Some(r) = rows.next()? {
            let action = grants::key_in(category, Some(item), r.get_ref(1)?.as_str()?)?.action;
            found.push((r.get(0)?, action));
        }
        Ok(found)
    }

    fn fact_record_bound(&self) -> Result<usize> {
        // Ids are distinct and positive, so the largest bounds how many records there are.
        let records: i64 = self.query_row(
            "SELECT IFNULL((SELECT max(id) FROM users), 0)
                  + IFNULL((SELECT max(id) FROM items), 0)
                  + IFNULL((SELECT max(id) FROM grants), 0)",
            [],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(records).unwrap_or(usize::MAX))
    }

    fn scan_fact_roles(
        &self,
        each: &mut dyn FnMut(RoleId, &str, bool) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.prepare("SELECT id, name, superuser FROM roles ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get_ref(1)?.as_str()?, r.get(2)?)?;
        }
        Ok(())
    }

    fn scan_fact_grants(
        &self,
        to: GrantsTo,
        each: &mut dyn FnMut(i64, GrantKey) -> Result<()>,
    ) -> Result<()> {
        // Through the principal's covering index, so in principal order.
        let sql = match to {
            GrantsTo::Users => {
                "SELECT user_id, category, item_id, action FROM grants
                 WHERE user_id IS NOT NULL ORDER BY user_id"
            }
            GrantsTo::Roles => {
                "SELECT role_id, category, item_id, action FROM grants
                 WHERE role_id IS NOT NULL ORDER BY role_id"
            }
        };
        let mut stmt = self.prepare(sql)?;
        let mut rows = stmt.query([])?;
        // Grants come sorted by category within each principal, so it seldom changes.
        let mut last: Option<(String, Category)> = None;
        while let Some(r) = rows.next()? {
            let raw = r.get_ref(1)?.as_str()?;
            let category = match &last {
                Some((name, category)) if name == raw => *category,
                _ => {
                    let category = Category::parse(raw).map_err(grants::damaged)?;
                    last = Some((raw.to_string(), category));
                    category
                }
            };
            let key = grants::key_in(category, r.get(2)?, r.get_ref(3)?.as_str()?)?;
            each(r.get(0)?, key)?;
        }
        Ok(())
    }

    fn scan_fact_items(
        &self,
        each: &mut dyn FnMut(ItemId, Category, &str, UserId) -> Result<()>,
    ) -> Result<()> {
        let mut stmt =
            self.prepare("SELECT id, category, name, owner_id FROM items ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let category = Category::parse(r.get_ref(1)?.as_str()?).map_err(grants::damaged)?;
            each(r.get(0)?, category, r.get_ref(2)?.as_str()?, r.get(3)?)?;
        }
        Ok(())
    }

    fn scan_fact_users(
        &self,
        each: &mut dyn FnMut(UserId, &str, bool) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.prepare("SELECT id, name, enabled FROM users ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get_ref(1)?.as_str()?, r.get(2)?)?;
        }
        Ok(())
    }

    fn scan_fact_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()> {
        // In primary-key order, by user: left to itself SQLite scans the smaller index by
        // role, which visits the users in random order.
        let mut stmt =
            self.prepare("SELECT user_id, role_id FROM role_members ORDER BY user_id, role_id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get(1)?);
        }
        Ok(())
    }

    fn who_might_hold(&self, permission: &Permission, item: Option<ItemId>) -> Result<Vec<String>> {
        let mut stmt = self.prepare(
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
        Ok(stmt
            .query_map(
                params![permission.category().name(), permission.action(), item],
                |r| r.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<_>>()?)
    }
}
