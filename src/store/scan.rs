//! The whole store read in one scan per table, in the manifest's terms: what a plan is
//! compared with and what `export` writes. No hashes, tokens or secrets are read.

use crate::engine::{ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Permission, Target};

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

pub trait ScanReads {
    /// Every role, without its grants.
    fn scan_roles(&self) -> Result<Vec<RoleState>>;
    /// Every user, without roles or grants.
    fn scan_users(&self) -> Result<Vec<UserState>>;
    fn scan_items(&self) -> Result<Vec<ItemState>>;
    /// Calls `each` with every (user, role) membership.
    fn scan_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()>;
    /// Calls `each` with every grant, its item named by `item_name`.
    fn scan_grants(
        &self,
        item_name: &dyn Fn(ItemId) -> Option<String>,
        each: &mut dyn FnMut(Option<UserId>, Option<RoleId>, Permission),
    ) -> Result<()>;
}
