//! What the decision engine's fact cache (`crate::facts`) reads: a record at a time while
//! a batch is young, and whole tables in a few ordered scans once reading everything is
//! the cheaper way. Each scan comes in the order of an index on its principal, as the
//! cache lays its entries out.

use crate::engine::{GrantKey, GrantSet, ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Category, Permission};

/// Which principals' grants a scan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantsTo {
    Users,
    Roles,
}

pub trait FactReads {
    /// The user's (id, name as stored, enabled).
    fn fact_user(&self, name: &str) -> Result<Option<(UserId, String, bool)>>;
    /// The roles the user belongs to.
    fn fact_user_roles(&self, user: UserId) -> Result<Vec<RoleId>>;
    /// The user's direct grants.
    fn fact_user_grants(&self, user: UserId) -> Result<GrantSet>;
    /// The role's (name, superuser).
    fn fact_role(&self, role: RoleId) -> Result<(String, bool)>;
    /// The role's general grants.
    fn fact_role_general_grants(&self, role: RoleId) -> Result<Vec<GrantKey>>;
    /// The item's (id, owner).
    fn fact_item(&self, category: Category, name: &str) -> Result<Option<(ItemId, UserId)>>;
    /// The roles granted actions on the item, with the action's index in `category`.
    fn fact_item_role_grants(&self, item: ItemId, category: Category) -> Result<Vec<(RoleId, u8)>>;
    /// A bound on how many users, items and grants there are.
    fn fact_record_bound(&self) -> Result<usize>;
    /// Every role, in id order: (id, name, superuser).
    fn scan_fact_roles(&self, each: &mut dyn FnMut(RoleId, &str, bool) -> Result<()>)
    -> Result<()>;
    /// Every grant to users or to roles, in principal order.
    fn scan_fact_grants(
        &self,
        to: GrantsTo,
        each: &mut dyn FnMut(i64, GrantKey) -> Result<()>,
    ) -> Result<()>;
    /// Every item, in id order: (id, category, name, owner).
    fn scan_fact_items(
        &self,
        each: &mut dyn FnMut(ItemId, Category, &str, UserId) -> Result<()>,
    ) -> Result<()>;
    /// Every user, in id order: (id, name, enabled).
    fn scan_fact_users(&self, each: &mut dyn FnMut(UserId, &str, bool) -> Result<()>)
    -> Result<()>;
    /// Every membership, in user order.
    fn scan_fact_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()>;
    /// The enabled users related to `permission` in any way (a superuser role, a grant
    /// of it to them or a role of theirs, owning its item), by name: those who might
    /// hold it, for the engine to decide.
    fn who_might_hold(&self, permission: &Permission, item: Option<ItemId>) -> Result<Vec<String>>;
}
