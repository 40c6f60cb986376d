//! Whole-table scans for the manifest.

use super::Conn;
use crate::engine::{ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Category, Permission, Target};
use crate::store::grants;
use crate::store::scan::{ItemState, RoleState, ScanReads, UserState};
use crate::store::users;

impl<C: Conn> ScanReads for C {
    fn scan_roles(&self) -> Result<Vec<RoleState>> {
        let mut stmt =
            self.prepare("SELECT id, name, description, superuser, builtin FROM roles")?;
        let rows = stmt.query_map([], |r| {
            Ok(RoleState {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                superuser: r.get(3)?,
                builtin: r.get(4)?,
                grants: Vec::new(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn scan_users(&self) -> Result<Vec<UserState>> {
        let mut stmt = self.prepare(
            "SELECT id, name, full_name, email, enabled, sharing, source = ?1 FROM users",
        )?;
        let rows = stmt.query_map([users::LOCAL], |r| {
            Ok(UserState {
                id: r.get(0)?,
                name: r.get(1)?,
                full_name: r.get(2)?,
                email: r.get(3)?,
                enabled: r.get(4)?,
                sharing: r.get(5)?,
                local: r.get(6)?,
                roles: Vec::new(),
                grants: Vec::new(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn scan_items(&self) -> Result<Vec<ItemState>> {
        let mut stmt = self.prepare("SELECT id, category, name, owner_id FROM items")?;
        let mut rows = stmt.query([])?;
        let mut items = Vec::new();
        while let Some(r) = rows.next()? {
            let category = Category::parse(r.get_ref(1)?.as_str()?).map_err(grants::damaged)?;
            items.push(ItemState {
                id: r.get(0)?,
                target: Target {
                    category,
                    item: Some(r.get(2)?),
                },
                owner: r.get(3)?,
            });
        }
        Ok(items)
    }

    /// Calls `each` with every (user, role) membership.
    fn scan_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()> {
        let mut stmt = self.prepare("SELECT user_id, role_id FROM role_members")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get(1)?);
        }
        Ok(())
    }

    /// Calls `each` with every grant: its user or role and its permission, the item named
    /// by `item_name` (the caller has the items already, so no join is needed).
    fn scan_grants(
        &self,
        item_name: &dyn Fn(ItemId) -> Option<String>,
        each: &mut dyn FnMut(Option<UserId>, Option<RoleId>, Permission),
    ) -> Result<()> {
        let mut stmt =
            self.prepare("SELECT user_id, role_id, category, item_id, action FROM grants")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let item: Option<ItemId> = r.get(3)?;
            let item = item.and_then(item_name);
            let permission =
                grants::from_row(r.get_ref(2)?.as_str()?, item, r.get_ref(4)?.as_str()?)?;
            each(r.get(0)?, r.get(1)?, permission);
        }
        Ok(())
    }
}
