//! Gathers from the store the facts the decision engine needs, and caches them per user,
//! role and item, so a batch of millions of checks reads each record once. Records are
//! read one at a time until that has cost about a tenth of what reading the whole store
//! would; then the whole store is read in a few sequential scans, so a batch that meets
//! most of a large store pays about what a scan costs for each record.

use std::hash::Hasher;

use compact_str::CompactString;
use hashbrown::HashTable;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde::Serialize;
use smallvec::SmallVec;

use crate::engine::{
    self, Decision, Grantees, ItemGrant, ItemId, PermissionResult, Reason, Rejection, Request,
    RoleBits, RoleFacts, RoleId, RoleSlot, SubjectKind, TargetFacts, TokenFacts, UserFacts, UserId,
};
use crate::error::{Error, Result};
use crate::identity::{Actor, Credential};
use crate::model::{Category, Level, Permission};
use crate::store::facts::GrantsTo;
use crate::store::users::User;
use crate::store::{Read, grants, items};

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

impl<'a> Subject<'a> {
    /// The actor as the subject of a decision; `None` for the local administrator.
    pub fn of(actor: &'a Actor) -> Option<Subject<'a>> {
        match actor {
            Actor::LocalAdmin => None,
            Actor::User {
                name,
                via: Credential::Token(token),
            } => Some(Subject::Token { user: name, token }),
            Actor::User { name, .. } => Some(Subject::User(name)),
        }
    }

    /// The account whose roles and grants are looked at.
    fn account(self) -> &'a str {
        match self {
            Subject::User(name) | Subject::Token { user: name, .. } => name,
            Subject::Anonymous => TRUSTED_ACCOUNT,
        }
    }
}

/// The cached facts are laid out so that a check touches as little memory as possible:
/// once a store outgrows the processor's caches, each record a check reads costs a trip
/// to main memory. A check reads its user's entry (name, roles and state inline), its
/// roles, a bit per general permission and role (1.25 KiB a permission for ten thousand
/// roles), and its item's entry and the item's grants. `prefetch` lets a batch ask for
/// these ahead of the check that reads them.
pub struct Facts<'c> {
    store: &'c dyn Read,
    /// Users read so far, found by name without regard to case.
    users: HashTable<UserFacts>,
    /// Names read one at a time that are not users, lower-cased.
    unknown: FxHashSet<CompactString>,
    /// Roles read so far, by slot.
    roles: Vec<RoleFacts>,
    slots: FxHashMap<RoleId, RoleSlot>,
    /// The roles granted each general permission, by category index, then action.
    general: Vec<Vec<RoleBits>>,
    /// Items by category index, then name.
    items: Vec<HashTable<ItemFacts>>,
    /// Users and items read one at a time so far.
    lookups: usize,
    /// Past this many lookups, reading everything is cheaper; set at `LOOKUPS_BEFORE_ESTIMATE`.
    bulk_after: Option<usize>,
    /// Everything is loaded: a name missing from the caches is not in the store.
    complete: bool,
}

/// An item, or the knowledge that it does not exist, with the item's grants to roles.
struct ItemFacts {
    name: CompactString,
    target: TargetFacts,
    grants: Box<[ItemGrant]>,
}

/// Lookups answered one at a time before the store's size is even estimated, so a single
/// check, or a command's authorization, pays nothing for this.
const LOOKUPS_BEFORE_ESTIMATE: usize = 64;
/// Lookups allowed per record in the store before reading everything. A user read alone
/// costs some 50 µs (its roles come with it), while reading everything costs some 0.3 µs
/// a record: switching here spends under a tenth of the reading on lookups, so a batch of
/// a million is nearly as fast as if it had read everything at once. The price is paid by
/// batches of a few hundred to a few thousand lines, which read everything when lookups
/// alone would have been cheaper: at most 0.4 s on a store of 200,000 users.
const RECORDS_PER_LOOKUP_ALLOWED: usize = 2048;

/// Who no grant names.
static NOBODY: RoleBits = RoleBits::EMPTY;

impl<'c> Facts<'c> {
    pub fn new(store: &'c dyn Read) -> Facts<'c> {
        Facts {
            store,
            users: HashTable::new(),
            unknown: FxHashSet::default(),
            roles: Vec::new(),
            slots: FxHashMap::default(),
            general: no_general_grants(),
            items: Category::all().map(|_| HashTable::new()).collect(),
            lookups: 0,
            bulk_after: None,
            complete: false,
        }
    }

    /// May `subject` perform every one of `permissions`, and through what?
    pub fn decide(&mut self, subject: Subject<'_>, permissions: &[Permission]) -> Result<Decision> {
        let (kind, token) = match subject {
            Subject::User(_) => (SubjectKind::User, None),
            Subject::Anonymous => (SubjectKind::Anonymous, None),
            Subject::Token { token, .. } => (SubjectKind::User, Some(token)),
        };
        let name = subject.account();
        for permission in permissions {
            self.read_item(permission)?;
        }
        let hash = name_hash(name);
        self.read_user(name, hash)?;
        let user = self.user(name, hash);
        let roles: SmallVec<[&RoleFacts; 8]> = user
            .map(|u| u.roles.iter().map(|s| &self.roles[*s as usize]).collect())
            .unwrap_or_default();
        let requests: SmallVec<[Request<'_>; 4]> =
            permissions.iter().map(|p| self.request(p)).collect();
        let shown = user.map_or(name, |u| u.name.as_str());
        Ok(engine::decide(kind, shown, user, &roles, token, &requests))
    }

    fn user(&self, name: &str, hash: u64) -> Option<&UserFacts> {
        self.users.find(hash, |u| u.name.eq_ignore_ascii_case(name))
    }

    fn item(&self, category: usize, name: &str) -> Option<&ItemFacts> {
        self.items[category].find(item_hash(name), |i| i.name == name)
    }

    /// Starts fetching into the processor's caches the entries of the user and items a
    /// later `decide` about `subject` and `permissions` will read. Once a store outgrows
    /// the caches, each entry costs a wait on main memory; a batch that asks ahead for the
    /// entries of the requests it has read waits on many at once.
    pub fn prefetch(&self, subject: Subject<'_>, permissions: &[Permission]) {
        // The first entry with the hash's tag: a wrong guess costs only the fetch.
        if let Some(user) = self.users.find(name_hash(subject.account()), |_| true) {
            fetch(user);
        }
        for (category, name) in items_named(permissions) {
            if let Some(item) = self.items[category].find(item_hash(name), |_| true) {
                fetch(item);
            }
        }
    }

    /// After `prefetch`, once the items' entries have arrived: the items' grants.
    pub fn prefetch_item_grants(&self, permissions: &[Permission]) {
        for (category, name) in items_named(permissions) {
            if let Some(grant) = self.item(category, name).and_then(|i| i.grants.first()) {
                fetch(grant);
            }
        }
    }

    /// A permission with its target and grantees, from facts already read.
    fn request<'f>(&'f self, permission: &'f Permission) -> Request<'f> {
        let category = usize::from(permission.category().index());
        let action = permission.action_index();
        let Some(item) = permission.item() else {
            let roles = self.general[category]
                .get(usize::from(action))
                .unwrap_or(&NOBODY);
            return Request {
                permission,
                target: TargetFacts::General,
                granted_to: Grantees::General(roles),
            };
        };
        let facts = self.item(category, item);
        Request {
            permission,
            target: facts.map_or(TargetFacts::MissingItem, |f| f.target),
            granted_to: Grantees::Item {
                grants: facts.map_or(&[], |f| &f.grants),
                action,
            },
        }
    }

    /// Which enabled users hold `permission`, and through what.
    pub fn who(&mut self, permission: &Permission) -> Result<Vec<Holder>> {
        let item = match permission.item() {
            Some(_) => Some(items::get(self.store, &permission.target)?.id),
            None => None,
        };
        // Everyone related to the permission in any way; the engine then decides.
        let names = self.store.who_might_hold(permission, item)?;
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
    pub fn effective(&mut self, user: &User) -> Result<Effective> {
        let candidates: Vec<Permission> =
            grants::held_by(self.store, user.id)?.into_iter().collect();
        let decision = self.decide(Subject::User(&user.name), &candidates)?;
        let superuser_roles = self
            .user(&user.name, name_hash(&user.name))
            .map(|u| {
                u.roles
                    .iter()
                    .map(|slot| &self.roles[*slot as usize])
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

    /// Reads `name`'s facts, unless they are at hand or it is known not to be a user.
    fn read_user(&mut self, name: &str, hash: u64) -> Result<()> {
        if self.complete || self.user(name, hash).is_some() {
            return Ok(());
        }
        let mut lower = CompactString::from(name);
        lower.make_ascii_lowercase();
        if self.unknown.contains(&lower) {
            return Ok(());
        }
        if self.count_lookup()? {
            return self.load_everything();
        }
        let Some((id, name, enabled)) = self.store.fact_user(name)? else {
            self.unknown.insert(lower);
            return Ok(());
        };
        let mut roles = SmallVec::new();
        for role in self.store.fact_user_roles(id)? {
            roles.push(self.read_role(role)?);
        }
        let grants = self.store.fact_user_grants(id)?;
        let user = UserFacts {
            id,
            name: name.into(),
            enabled,
            roles,
            grants: (!grants.is_empty()).then(|| Box::new(grants)),
        };
        self.users.insert_unique(hash, user, |u| name_hash(&u.name));
        Ok(())
    }

    /// The slot of role `id`, reading the role and its general grants if they are new.
    fn read_role(&mut self, id: RoleId) -> Result<RoleSlot> {
        if let Some(slot) = self.slots.get(&id) {
            return Ok(*slot);
        }
        let (name, superuser) = self.store.fact_role(id)?;
        let slot = add_role(&mut self.roles, &mut self.slots, id, &name, superuser)?;
        for key in self.store.fact_role_general_grants(id)? {
            general_grantees(&mut self.general, key.category, key.action).insert(slot);
        }
        Ok(slot)
    }

    /// Reads the item `permission` is about, with its grants, unless it is at hand. The
    /// grants name roles by slot, so each role they name is read too, once.
    fn read_item(&mut self, permission: &Permission) -> Result<()> {
        let Some(item) = permission.item() else {
            return Ok(());
        };
        let category = permission.category();
        let index = usize::from(category.index());
        if self.complete || self.item(index, item).is_some() {
            return Ok(());
        }
        if self.count_lookup()? {
            return self.load_everything();
        }
        let found = self.store.fact_item(category, item)?;
        let facts = match found {
            None => ItemFacts {
                name: item.into(),
                target: TargetFacts::MissingItem,
                grants: Box::default(),
            },
            Some((id, owner)) => {
                let mut grants = Vec::new();
                for (role, action) in self.store.fact_item_role_grants(id, category)? {
                    grants.push(ItemGrant {
                        role: self.read_role(role)?,
                        action,
                    });
                }
                ItemFacts {
                    name: item.into(),
                    target: TargetFacts::Item { id, owner },
                    grants: grants.into(),
                }
            }
        };
        self.items[index].insert_unique(item_hash(item), facts, |i| item_hash(&i.name));
        Ok(())
    }

    /// Counts one keyed lookup; true when reading everything has become the cheaper way.
    fn count_lookup(&mut self) -> Result<bool> {
        self.lookups += 1;
        if self.lookups == LOOKUPS_BEFORE_ESTIMATE {
            let records = self.store.fact_record_bound()?;
            self.bulk_after = Some(records / RECORDS_PER_LOOKUP_ALLOWED);
        }
        Ok(self.bulk_after.is_some_and(|after| self.lookups >= after))
    }

    /// Replaces the caches with every user, role and item of the store, read in a few
    /// sequential scans, each in the order of an index on its principal.
    fn load_everything(&mut self) -> Result<()> {
        let mut roles = Vec::new();
        let mut slots = FxHashMap::default();
        self.store.scan_fact_roles(&mut |id, name, superuser| {
            add_role(&mut roles, &mut slots, id, name, superuser).map(|_| ())
        })?;
        let mut general = no_general_grants();
        // Item grants wait here, by item id, until the items are read.
        let mut item_grants: Vec<(ItemId, ItemGrant)> = Vec::new();
        let mut current: Option<(RoleId, RoleSlot)> = None;
        self.store
            .scan_fact_grants(GrantsTo::Roles, &mut |role, key| {
                let slot = match current {
                    Some((id, slot)) if id == role => slot,
                    _ => {
                        let slot = *slots.get(&role).ok_or_else(|| {
                            grants::damaged(Error::invalid(format!("no role {role}")))
                        })?;
                        current = Some((role, slot));
                        slot
                    }
                };
                match key.item {
                    None => general_grantees(&mut general, key.category, key.action).insert(slot),
                    Some(item) => item_grants.push((
                        item,
                        ItemGrant {
                            role: slot,
                            action: key.action,
                        },
                    )),
                }
                Ok(())
            })?;
        item_grants.sort_unstable_by_key(|(item, _)| *item);
        let mut items: Vec<HashTable<ItemFacts>> =
            Category::all().map(|_| HashTable::new()).collect();
        let mut pending = item_grants.as_slice();
        self.store
            .scan_fact_items(&mut |id, category, name, owner| {
                // Both are in item order: skip grants of items gone since, take this item's.
                let start = pending
                    .iter()
                    .position(|(item, _)| *item >= id)
                    .unwrap_or(pending.len());
                let end = pending[start..]
                    .iter()
                    .position(|(item, _)| *item != id)
                    .map_or(pending.len(), |n| start + n);
                let grants = pending[start..end].iter().map(|(_, g)| *g).collect();
                pending = &pending[end..];
                items[usize::from(category.index())].insert_unique(
                    item_hash(name),
                    ItemFacts {
                        name: name.into(),
                        target: TargetFacts::Item { id, owner },
                        grants,
                    },
                    |i| item_hash(&i.name),
                );
                Ok(())
            })?;
        // Indexed by id: ids are dense, and the scans below come in id order.
        let mut by_id: Vec<Option<UserFacts>> = Vec::new();
        self.store.scan_fact_users(&mut |id, name, enabled| {
            let slot = usize::try_from(id)
                .map_err(|_| grants::damaged(Error::invalid("negative user id")))?;
            by_id.resize_with(by_id.len().max(slot + 1), || None);
            by_id[slot] = Some(UserFacts {
                id,
                name: name.into(),
                enabled,
                roles: SmallVec::new(),
                grants: None,
            });
            Ok(())
        })?;
        self.store.scan_fact_memberships(&mut |user, role| {
            if let (Some(u), Some(slot)) = (user_at(&mut by_id, user), slots.get(&role)) {
                u.roles.push(*slot);
            }
        })?;
        self.store
            .scan_fact_grants(GrantsTo::Users, &mut |id, key| {
                if let Some(u) = user_at(&mut by_id, id) {
                    u.grants.get_or_insert_default().insert(key);
                }
                Ok(())
            })?;
        let mut users = HashTable::with_capacity(by_id.len());
        for u in by_id.into_iter().flatten() {
            users.insert_unique(name_hash(&u.name), u, |u| name_hash(&u.name));
        }
        self.users = users;
        self.unknown = FxHashSet::default();
        self.roles = roles;
        self.slots = slots;
        self.general = general;
        self.items = items;
        self.complete = true;
        Ok(())
    }
}

/// Adds a role read from the store; its slot is its place in `roles`.
fn add_role(
    roles: &mut Vec<RoleFacts>,
    slots: &mut FxHashMap<RoleId, RoleSlot>,
    id: RoleId,
    name: &str,
    superuser: bool,
) -> Result<RoleSlot> {
    let slot = RoleSlot::try_from(roles.len()).map_err(|_| Error::invalid("too many roles"))?;
    roles.push(RoleFacts {
        id,
        slot,
        name: name.into(),
        superuser,
    });
    slots.insert(id, slot);
    Ok(slot)
}

/// An empty set of grantees for each general permission of the catalogue.
fn no_general_grants() -> Vec<Vec<RoleBits>> {
    Category::all()
        .map(|c| vec![RoleBits::default(); c.actions(Level::General).len()])
        .collect()
}

fn general_grantees(
    general: &mut [Vec<RoleBits>],
    category: Category,
    action: u8,
) -> &mut RoleBits {
    &mut general[usize::from(category.index())][usize::from(action)]
}

/// Hashes a user name as its lower-cased form, since names compare without regard to case.
fn name_hash(name: &str) -> u64 {
    let mut hasher = FxHasher::default();
    for byte in name.bytes() {
        hasher.write_u8(byte.to_ascii_lowercase());
    }
    hasher.finish()
}

/// The category index and name of each item `permissions` are about.
fn items_named(permissions: &[Permission]) -> impl Iterator<Item = (usize, &str)> {
    permissions.iter().filter_map(|p| {
        p.item()
            .map(|name| (usize::from(p.category().index()), name))
    })
}

/// Hashes an item name, which compares exactly.
fn item_hash(name: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(name.as_bytes());
    hasher.finish()
}

/// A hint to the processor to start reading `record` into its caches; it never waits.
fn fetch<T>(record: &T) {
    #[cfg(target_arch = "x86_64")]
    safe_arch::prefetch_t0(record);
    #[cfg(not(target_arch = "x86_64"))]
    let _ = record;
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
        let mut store = Store::create(
            &crate::store::Location::Sqlite(dir.path().join("s.db")),
            &Seed::default(),
            &actor,
        )
        .unwrap();
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
                        let owner = tx.find_user(&format!("U{u}"))?.unwrap();
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
        let mut shared = Facts::new(&*snapshot);
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
            let single = Facts::new(&*snapshot).decide(subject, &asked).unwrap();
            assert_eq!(
                serde_json::to_value(&bulk).unwrap(),
                serde_json::to_value(&single).unwrap(),
                "user {name}"
            );
        }
        assert!(shared.complete, "the test never reached the bulk path");
    }
}
