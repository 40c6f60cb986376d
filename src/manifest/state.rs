//! What the store holds, in the manifest's terms, read in one scan per table: what a plan
//! is compared with and what `export` writes. No hashes, tokens or secrets are read.

use std::collections::BTreeMap;

use rusqlite::Connection;
use rustc_hash::FxHashMap;

use crate::engine::{ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Category, Permission, Target};
use crate::settings;
use crate::store::{grants, users};

#[derive(Debug)]
pub struct UserState {
    pub id: UserId,
    pub name: String,
    pub full_name: String,
    pub email: String,
    pub enabled: bool,
    pub sharing: bool,
    /// False for a user from a directory server, which the directory manages.
    pub local: bool,
    pub roles: Vec<RoleId>,
    pub grants: Vec<Permission>,
}

#[derive(Debug)]
pub struct RoleState {
    pub id: RoleId,
    pub name: String,
    pub description: String,
    pub superuser: bool,
    pub builtin: bool,
    pub grants: Vec<Permission>,
}

#[derive(Debug)]
pub struct ItemState {
    pub id: ItemId,
    pub target: Target,
    pub owner: UserId,
}

/// The store's users, roles, items and stored settings, indexed by name.
#[derive(Debug, Default)]
pub struct State {
    pub users: Vec<UserState>,
    pub roles: Vec<RoleState>,
    pub items: Vec<ItemState>,
    /// The stored (not default) value of each setting.
    pub settings: BTreeMap<String, String>,
    /// Lower-cased names: user and role names compare without case.
    user_index: FxHashMap<String, usize>,
    role_index: FxHashMap<String, usize>,
    item_index: FxHashMap<Target, usize>,
    user_slot: FxHashMap<UserId, usize>,
    role_slot: FxHashMap<RoleId, usize>,
}

impl State {
    pub fn read(conn: &Connection) -> Result<State> {
        let mut state = State::default();
        let mut stmt =
            conn.prepare("SELECT id, name, description, superuser, builtin FROM roles")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            state.roles.push(RoleState {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                superuser: r.get(3)?,
                builtin: r.get(4)?,
                grants: Vec::new(),
            });
        }
        let mut stmt = conn.prepare(
            "SELECT id, name, full_name, email, enabled, sharing, source = ?1 FROM users",
        )?;
        let mut rows = stmt.query([users::LOCAL])?;
        while let Some(r) = rows.next()? {
            state.users.push(UserState {
                id: r.get(0)?,
                name: r.get(1)?,
                full_name: r.get(2)?,
                email: r.get(3)?,
                enabled: r.get(4)?,
                sharing: r.get(5)?,
                local: r.get(6)?,
                roles: Vec::new(),
                grants: Vec::new(),
            });
        }
        let mut stmt = conn.prepare("SELECT id, category, name, owner_id FROM items")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let category = Category::parse(r.get_ref(1)?.as_str()?).map_err(grants::damaged)?;
            state.items.push(ItemState {
                id: r.get(0)?,
                target: Target {
                    category,
                    item: Some(r.get(2)?),
                },
                owner: r.get(3)?,
            });
        }
        state.index();

        let mut stmt = conn.prepare("SELECT user_id, role_id FROM role_members")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (user, role): (UserId, RoleId) = (r.get(0)?, r.get(1)?);
            if let Some(&slot) = state.user_slot.get(&user) {
                state.users[slot].roles.push(role);
            }
        }
        let item_names: FxHashMap<ItemId, &str> = state
            .items
            .iter()
            .filter_map(|i| Some((i.id, i.target.item.as_deref()?)))
            .collect();
        let mut held: Vec<(Option<UserId>, Option<RoleId>, Permission)> = Vec::new();
        let mut stmt =
            conn.prepare("SELECT user_id, role_id, category, item_id, action FROM grants")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let item: Option<ItemId> = r.get(3)?;
            let item = item
                .and_then(|id| item_names.get(&id))
                .map(|n| n.to_string());
            let permission =
                grants::from_row(r.get_ref(2)?.as_str()?, item, r.get_ref(4)?.as_str()?)?;
            held.push((r.get(0)?, r.get(1)?, permission));
        }
        for (user, role, permission) in held {
            let slot = |ids: &FxHashMap<i64, usize>, id: Option<i64>| {
                id.and_then(|id| ids.get(&id).copied())
            };
            if let Some(u) = slot(&state.user_slot, user) {
                state.users[u].grants.push(permission);
            } else if let Some(r) = slot(&state.role_slot, role) {
                state.roles[r].grants.push(permission);
            }
        }
        state.settings = settings::stored(conn)?.into_iter().collect();
        Ok(state)
    }

    fn index(&mut self) {
        let lower = |name: &str| name.to_ascii_lowercase();
        self.user_index = (self.users.iter().enumerate())
            .map(|(i, u)| (lower(&u.name), i))
            .collect();
        self.role_index = (self.roles.iter().enumerate())
            .map(|(i, r)| (lower(&r.name), i))
            .collect();
        self.item_index = (self.items.iter().enumerate())
            .map(|(i, item)| (item.target.clone(), i))
            .collect();
        self.user_slot = (self.users.iter().enumerate())
            .map(|(i, u)| (u.id, i))
            .collect();
        self.role_slot = (self.roles.iter().enumerate())
            .map(|(i, r)| (r.id, i))
            .collect();
    }

    pub fn user(&self, name: &str) -> Option<&UserState> {
        let slot = self.user_index.get(&name.to_ascii_lowercase())?;
        self.users.get(*slot)
    }

    pub fn role(&self, name: &str) -> Option<&RoleState> {
        let slot = self.role_index.get(&name.to_ascii_lowercase())?;
        self.roles.get(*slot)
    }

    pub fn item(&self, target: &Target) -> Option<&ItemState> {
        self.items.get(*self.item_index.get(target)?)
    }

    pub fn user_by_id(&self, id: UserId) -> Option<&UserState> {
        self.users.get(*self.user_slot.get(&id)?)
    }

    pub fn role_by_id(&self, id: RoleId) -> Option<&RoleState> {
        self.roles.get(*self.role_slot.get(&id)?)
    }
}
