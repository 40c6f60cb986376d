//! Compares a manifest with the store's state: checks every reference (roles, items,
//! owners, password variables) and lists the changes that make the store match, in the
//! order they can be made. Nothing here writes.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use zeroize::Zeroizing;

use super::state::{State, UserState};
use super::{At, Manifest, Problems, RoleSpec, UserSpec, path};
use crate::error::Result;
use crate::model::{Permission, Target};
use crate::password::Policy;
use crate::settings::Settings;
use crate::store::roles;
use crate::store::users::{self, ADMIN, Changes};

pub use super::change::{Change, Holder, Line, Op, Plan, Summary};

/// Checks `manifest` against `state` and plans the changes; every problem is reported.
/// With `prune`, what a section of the file does not list is removed from the store, for
/// the sections the file has; built-in roles and `admin` are never removed.
pub fn plan(manifest: &Manifest, state: &State, prune: bool) -> Result<Plan> {
    run(manifest, state, prune, false)
}

/// What `flowsec test` checks: every problem a plan finds, but without reading password
/// variables (a CI test step has no secrets), and assertions about users that are
/// neither in the store nor in [users].
pub fn check(manifest: &Manifest, state: &State) -> Result<()> {
    run(manifest, state, false, true).map(drop)
}

fn run(manifest: &Manifest, state: &State, prune: bool, testing: bool) -> Result<Plan> {
    let mut planner = Planner {
        manifest,
        state,
        prune,
        testing,
        listed: Listed::of(manifest),
        problems: Problems::new(&manifest.file),
        phases: Phases::default(),
    };
    planner
        .problems
        .list
        .extend(manifest.problems.iter().cloned());
    let policy = planner.settings()?;
    planner.roles();
    planner.users(&policy);
    planner.items();
    planner.removals();
    planner.lockout();
    if testing {
        planner.asserts();
    }
    let Phases {
        settings,
        principals,
        items,
        joins,
        grants,
        revokes,
        leaves,
        removals,
    } = planner.phases;
    let changes = [
        settings, principals, items, joins, grants, revokes, leaves, removals,
    ]
    .into_iter()
    .flatten()
    .collect();
    planner.problems.finish(Plan { changes, policy })
}

/// Changes by the order they must be made in: a grant needs its item and holder, an
/// item its owner; removals come last, so owners are moved before users go.
#[derive(Default)]
struct Phases {
    settings: Vec<Change>,
    principals: Vec<Change>,
    items: Vec<Change>,
    joins: Vec<Change>,
    grants: Vec<Change>,
    revokes: Vec<Change>,
    leaves: Vec<Change>,
    removals: Vec<Change>,
}

struct Planner<'a> {
    manifest: &'a Manifest,
    state: &'a State,
    prune: bool,
    /// For `check`: password variables are not read, assertions' users are checked.
    testing: bool,
    listed: Listed<'a>,
    problems: Problems,
    phases: Phases,
}

/// What the manifest lists, for lookups: users and roles by lower-cased name, and items
/// (with whether the file names their owner).
struct Listed<'a> {
    users: HashMap<String, &'a UserSpec>,
    roles: HashMap<String, &'a RoleSpec>,
    items: HashMap<&'a Target, bool>,
}

impl<'a> Listed<'a> {
    fn of(manifest: &'a Manifest) -> Listed<'a> {
        Listed {
            users: (manifest.users.iter().flatten())
                .map(|u| (lower(u.name.as_str()), u))
                .collect(),
            roles: (manifest.roles.iter().flatten())
                .map(|r| (lower(r.name.as_str()), r))
                .collect(),
            items: (manifest.items.iter().flatten())
                .map(|i| (&i.target, i.owner.is_some()))
                .collect(),
        }
    }
}

fn lower(name: &str) -> String {
    name.to_ascii_lowercase()
}

impl Planner<'_> {
    /// Whether `--prune` removes what this section does not list.
    fn pruning<T>(&self, section: &Option<Vec<T>>) -> bool {
        self.prune && section.is_some()
    }

    fn role_survives(&self, name: &str) -> bool {
        self.listed.roles.contains_key(&lower(name))
            || self
                .state
                .role(name)
                .is_some_and(|r| r.builtin || !self.pruning(&self.manifest.roles))
    }

    fn user_survives(&self, name: &str) -> bool {
        self.listed.users.contains_key(&lower(name))
            || self.state.user(name).is_some_and(|u| {
                // Directory users are the directory's: `directory sync` disables them.
                users::is_admin(&u.name) || !u.local || !self.pruning(&self.manifest.users)
            })
    }

    fn item_survives(&self, target: &Target) -> bool {
        self.listed.items.contains_key(target)
            || (self.state.item(target).is_some() && !self.pruning(&self.manifest.items))
    }

    /// Settings first: the policy they leave in force judges new users' passwords.
    fn settings(&mut self) -> Result<Policy> {
        let mut after: HashMap<String, String> = self.state.settings.clone().into_iter().collect();
        let Some(specs) = &self.manifest.settings else {
            return Ok(Settings::from_stored(&after)?.policy);
        };
        let listed: HashSet<&str> = specs.iter().map(|s| s.key).collect();
        for spec in specs {
            let from = self.state.settings.get(spec.key);
            if from != Some(&spec.value) {
                self.phases.settings.push(Change::Setting {
                    key: spec.key,
                    from: from.cloned(),
                    to: Some(spec.value.clone()),
                });
                after.insert(spec.key.to_string(), spec.value.clone());
            }
        }
        if self.prune {
            for (key, value) in &self.state.settings {
                if listed.contains(key.as_str()) {
                    continue;
                }
                if let Ok(known) = crate::settings::key(key) {
                    self.phases.settings.push(Change::Setting {
                        key: known.name,
                        from: Some(value.clone()),
                        to: None,
                    });
                    after.remove(key);
                }
            }
        }
        Ok(Settings::from_stored(&after)?.policy)
    }

    /// Item permissions must name items that exist once the manifest is applied.
    fn check_items(&mut self, at: &str, permissions: &[At<Permission>]) {
        for p in permissions {
            if p.value.item().is_some() && !self.item_survives(&p.value.target) {
                self.problems.add(
                    at.to_string(),
                    Some(p.line),
                    format!(
                        "`{}` names item `{}`, which is neither in [items] nor in the store",
                        p.value, p.value.target
                    ),
                );
            }
        }
    }

    /// Grants to add (and with pruning, to take back) so `holder` holds exactly `wanted`.
    fn grants(&mut self, holder: Holder, wanted: &[At<Permission>], held: &[Permission]) {
        let held: BTreeSet<&Permission> = held.iter().collect();
        let wanted: BTreeSet<&Permission> = wanted.iter().map(|p| &p.value).collect();
        for permission in wanted.difference(&held) {
            self.phases.grants.push(Change::Grant {
                to: holder.clone(),
                permission: (*permission).clone(),
            });
        }
        if self.prune {
            for permission in held.difference(&wanted) {
                self.phases.revokes.push(Change::Revoke {
                    from: holder.clone(),
                    permission: (*permission).clone(),
                });
            }
        }
    }

    fn roles(&mut self) {
        let Some(specs) = &self.manifest.roles else {
            return;
        };
        for spec in specs {
            let at = path(&["roles", spec.name.as_str(), "permissions"]);
            self.check_items(&at, &spec.permissions);
            let (name, held) = match self.state.role(spec.name.as_str()) {
                None => {
                    self.phases.principals.push(Change::CreateRole {
                        name: spec.name.clone(),
                        description: spec.description.clone().unwrap_or_default(),
                        superuser: spec.superuser.unwrap_or(false),
                    });
                    (spec.name.to_string(), &[][..])
                }
                Some(role) => {
                    let mut detail = Vec::new();
                    let description = spec.description.clone().filter(|d| *d != role.description);
                    if let Some(d) = &description {
                        detail.push(format!("description `{}` → `{d}`", role.description));
                    }
                    let superuser = spec.superuser.filter(|s| *s != role.superuser);
                    if let Some(Err(e)) =
                        superuser.map(|s| roles::check_superuser_flag(&role.name, s))
                    {
                        let at = path(&["roles", spec.name.as_str(), "superuser"]);
                        self.problems.add(at, None, e.message());
                    }
                    if let Some(s) = superuser {
                        detail.push(format!("superuser {} → {s}", role.superuser));
                    }
                    if !detail.is_empty() {
                        self.phases.principals.push(Change::UpdateRole {
                            name: role.name.clone(),
                            description,
                            superuser,
                            detail: detail.join(", "),
                        });
                    }
                    (role.name.clone(), role.grants.as_slice())
                }
            };
            self.grants(Holder::Role(name), &spec.permissions, held);
        }
    }

    fn users(&mut self, policy: &Policy) {
        let Some(specs) = &self.manifest.users else {
            return;
        };
        for spec in specs {
            let name = spec.name.as_str();
            for role in &spec.roles {
                if !self.role_survives(role.value.as_str()) {
                    self.problems.add(
                        path(&["users", name, "roles"]),
                        Some(role.line),
                        format!(
                            "unknown role `{}`: it is neither in [roles] nor in the store",
                            role.value
                        ),
                    );
                }
            }
            self.check_items(&path(&["users", name, "permissions"]), &spec.permissions);
            let current = self.state.user(name);
            let (shown, held, member_of) = match current {
                None => {
                    let password = (!self.testing)
                        .then(|| {
                            self.initial_password(spec.name.as_str(), &spec.password_env, policy)
                        })
                        .flatten();
                    self.phases.principals.push(Change::CreateUser {
                        name: spec.name.clone(),
                        full_name: spec.full_name.clone().unwrap_or_default(),
                        email: spec.email.clone().unwrap_or_default(),
                        enabled: spec.enabled.unwrap_or(true),
                        sharing: spec.sharing.unwrap_or(true),
                        password,
                    });
                    (spec.name.to_string(), &[][..], BTreeMap::new())
                }
                Some(user) => {
                    let mut detail = Vec::new();
                    let text = |wanted: &Option<String>,
                                have: &str,
                                field: &str,
                                detail: &mut Vec<String>| {
                        let changed = wanted.clone().filter(|w| w != have);
                        if let Some(w) = &changed {
                            detail.push(format!("{field} `{have}` → `{w}`"));
                        }
                        changed
                    };
                    let flag = |wanted: Option<bool>,
                                have: bool,
                                field: &str,
                                detail: &mut Vec<String>| {
                        let changed = wanted.filter(|w| *w != have);
                        if let Some(w) = changed {
                            detail.push(format!("{field} {have} → {w}"));
                        }
                        changed
                    };
                    let changes = Changes {
                        full_name: text(&spec.full_name, &user.full_name, "full-name", &mut detail),
                        email: text(&spec.email, &user.email, "email", &mut detail),
                        enabled: flag(spec.enabled, user.enabled, "enabled", &mut detail),
                        sharing: flag(spec.sharing, user.sharing, "sharing", &mut detail),
                        must_change_password: None,
                    };
                    if !detail.is_empty() {
                        self.phases.principals.push(Change::UpdateUser {
                            name: user.name.clone(),
                            changes,
                            detail: detail.join(", "),
                        });
                    }
                    let member_of: BTreeMap<String, String> = (user.roles.iter())
                        .filter_map(|id| self.state.role_by_id(*id))
                        .map(|r| (lower(&r.name), r.name.clone()))
                        .collect();
                    (user.name.clone(), user.grants.as_slice(), member_of)
                }
            };
            let wanted: BTreeMap<String, String> = (spec.roles.iter())
                .map(|r| {
                    let stored = self.state.role(r.value.as_str()).map(|r| r.name.clone());
                    (
                        lower(r.value.as_str()),
                        stored.unwrap_or_else(|| r.value.to_string()),
                    )
                })
                .collect();
            for (key, role) in &wanted {
                if !member_of.contains_key(key) {
                    self.phases.joins.push(Change::Join {
                        user: shown.clone(),
                        role: role.clone(),
                    });
                }
            }
            if self.prune {
                for (key, role) in &member_of {
                    if !wanted.contains_key(key) {
                        self.phases.leaves.push(Change::Leave {
                            user: shown.clone(),
                            role: role.clone(),
                        });
                    }
                }
            }
            self.grants(Holder::User(shown), &spec.permissions, held);
        }
    }

    /// Reads a new user's initial password and holds it to the policy.
    fn initial_password(
        &mut self,
        name: &str,
        variable: &Option<At<String>>,
        policy: &Policy,
    ) -> Option<Zeroizing<String>> {
        let variable = variable.as_ref()?;
        let at = path(&["users", name, "password-env"]);
        let Some(raw) = std::env::var_os(&variable.value) else {
            self.problems.add(
                at,
                Some(variable.line),
                format!("the environment variable `{}` is not set", variable.value),
            );
            return None;
        };
        let Some(password) = raw.to_str().map(|p| Zeroizing::new(p.to_string())) else {
            self.problems.add(
                at,
                Some(variable.line),
                format!("the environment variable `{}` is not UTF-8", variable.value),
            );
            return None;
        };
        if let Err(e) = policy.check(name, &password) {
            let message = format!("the password in `{}`: {}", variable.value, e.message());
            self.problems.add(at, Some(variable.line), message);
            return None;
        }
        Some(password)
    }

    fn items(&mut self) {
        let Some(specs) = &self.manifest.items else {
            return;
        };
        for spec in specs {
            let owner = spec.owner.as_ref().map(|o| o.value.as_str());
            if let Some(name) = owner.or(self.state.item(&spec.target).is_none().then_some(ADMIN))
                && !self.user_survives(name)
            {
                let at = path(&["items", &spec.target.to_string(), "owner"]);
                let line = spec.owner.as_ref().map_or(spec.line, |o| o.line);
                self.problems.add(
                    at,
                    Some(line),
                    format!("unknown user `{name}`: it is neither in [users] nor in the store"),
                );
                continue;
            }
            // The name as stored, when the owner exists already.
            let stored = |name: &str| {
                self.state
                    .user(name)
                    .map_or_else(|| name.to_string(), |u| u.name.clone())
            };
            match self.state.item(&spec.target) {
                None => self.phases.items.push(Change::CreateItem {
                    target: spec.target.clone(),
                    owner: stored(owner.unwrap_or(ADMIN)),
                }),
                Some(item) => {
                    let from = self.state.user_by_id(item.owner).map(|u| u.name.clone());
                    if let (Some(to), Some(from)) = (owner, from)
                        && !to.eq_ignore_ascii_case(&from)
                    {
                        self.phases.items.push(Change::Chown {
                            target: spec.target.clone(),
                            from,
                            to: stored(to),
                        });
                    }
                }
            }
        }
    }

    /// With pruning: what the file's sections do not list goes, items first, then users
    /// (whose remaining items must have a new owner), then roles.
    fn removals(&mut self) {
        if self.pruning(&self.manifest.items) {
            for item in &self.state.items {
                if !self.item_survives(&item.target) {
                    self.phases.removals.push(Change::RemoveItem {
                        target: item.target.clone(),
                    });
                }
            }
        }
        if self.pruning(&self.manifest.users) {
            for user in &self.state.users {
                if self.user_survives(&user.name) {
                    continue;
                }
                let kept: Vec<String> = (self.state.items.iter())
                    .filter(|i| i.owner == user.id && self.item_survives(&i.target))
                    .filter(|i| !self.moved_away(&i.target))
                    .map(|i| format!("`{}`", i.target))
                    .collect();
                if !kept.is_empty() {
                    self.problems.add(
                        "users".into(),
                        None,
                        format!(
                            "`{}` is not listed, so --prune would remove it, but it owns {}: \
                             name another owner in [items] or list the user",
                            user.name,
                            kept.join(", ")
                        ),
                    );
                }
                self.phases.removals.push(Change::RemoveUser {
                    name: user.name.clone(),
                });
            }
        }
        if self.pruning(&self.manifest.roles) {
            for role in &self.state.roles {
                if !self.role_survives(&role.name) {
                    self.phases.removals.push(Change::RemoveRole {
                        name: role.name.clone(),
                    });
                }
            }
        }
    }

    /// Refuses a plan that leaves no enabled user with a superuser role where one was, as
    /// the write's `SuperuserGuard` would, so that a dry run finds it too.
    fn lockout(&mut self) {
        let superuser = |user: &UserState| {
            user.enabled
                && (user.roles.iter())
                    .any(|id| self.state.role_by_id(*id).is_some_and(|r| r.superuser))
        };
        if !self.state.users.iter().any(superuser) || self.superuser_left() {
            return;
        }
        self.problems.add(
            String::new(),
            None,
            "this would leave no enabled user with a superuser role: keep one enabled user \
             in a superuser role",
        );
    }

    /// Whether some enabled user has a superuser role once the plan is made.
    fn superuser_left(&self) -> bool {
        // A role's superuser flag afterwards; a removed role counts as none.
        let superuser_role = |name: &str| {
            let spec = self.listed.roles.get(&lower(name));
            self.role_survives(name)
                && (spec.and_then(|r| r.superuser))
                    .or_else(|| self.state.role(name).map(|r| r.superuser))
                    .unwrap_or(false)
        };
        let stored = self
            .state
            .users
            .iter()
            .filter(|u| self.user_survives(&u.name));
        let kept = stored.map(|u| {
            let spec = self.listed.users.get(&lower(&u.name)).copied();
            // Pruning takes listed users' unlisted memberships away.
            let kept_roles = !(self.prune && spec.is_some());
            let held = (u.roles.iter().filter(|_| kept_roles))
                .filter_map(|id| self.state.role_by_id(*id))
                .map(|r| r.name.as_str());
            (
                spec,
                spec.and_then(|s| s.enabled).unwrap_or(u.enabled),
                held.collect::<Vec<_>>(),
            )
        });
        let created = (self.listed.users.values())
            .filter(|s| self.state.user(s.name.as_str()).is_none())
            .map(|s| (Some(*s), s.enabled.unwrap_or(true), Vec::new()));
        kept.chain(created).any(|(spec, enabled, held)| {
            let listed = spec
                .iter()
                .flat_map(|s| s.roles.iter().map(|r| r.value.as_str()));
            enabled && held.into_iter().chain(listed).any(superuser_role)
        })
    }

    /// An assertion about a user nobody has is a typo, not a denial.
    fn asserts(&mut self) {
        for (i, assertion) in self.manifest.asserts.iter().enumerate() {
            if let Some(user) = &assertion.user
                && !self.user_survives(user.as_str())
            {
                self.problems.add(
                    format!("assert[{}].user", i + 1),
                    Some(assertion.line),
                    format!("unknown user `{user}`: it is neither in [users] nor in the store"),
                );
            }
        }
    }

    /// Whether the manifest gives the item an owner of its own.
    fn moved_away(&self, target: &Target) -> bool {
        self.listed.items.get(target).copied().unwrap_or(false)
    }
}
