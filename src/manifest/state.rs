//! What the store holds, in the manifest's terms, read in one scan per table: what a plan
//! is compared with and what `export` writes. No hashes, tokens or secrets are read.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::engine::{ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Permission, Target};
use crate::settings;
use crate::store::Read;

pub use crate::store::scan::{ItemState, RoleState, UserState};

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
    pub fn read(r: &dyn Read) -> Result<State> {
        let mut state = State {
            roles: r.scan_roles()?,
            users: r.scan_users()?,
            items: r.scan_items()?,
            ..State::default()
        };
        state.index();
        let users = &mut state.users;
        let user_slot = &state.user_slot;
        r.scan_memberships(&mut |user, role| {
            if let Some(&slot) = user_slot.get(&user) {
                users[slot].roles.push(role);
            }
        })?;
        let item_names: FxHashMap<ItemId, &str> = state
            .items
            .iter()
            .filter_map(|i| Some((i.id, i.target.item.as_deref()?)))
            .collect();
        let mut held: Vec<(Option<UserId>, Option<RoleId>, Permission)> = Vec::new();
        r.scan_grants(
            &|id| item_names.get(&id).map(|n| n.to_string()),
            &mut |user, role, permission| held.push((user, role, permission)),
        )?;
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
        state.settings = settings::stored(r)?.into_iter().collect();
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
