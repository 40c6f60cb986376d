//! Authorization of flowsec's own commands for the identity that runs them. Each command
//! states a `Requirement`; this module decides it with the same engine and facts as
//! `check`, through the acting token's scopes. The local administrator may do everything.

use crate::store::Read;

use crate::engine::{Decision, Reason};
use crate::error::{Error, Result};
use crate::facts::{Facts, Subject};
use crate::identity::Actor;
use crate::model::{Name, Permission, Target};
use crate::store::grants::{self, Principal};
use crate::store::{roles, tokens, users};

/// What an acting user must hold to run a command.
#[derive(Debug, Clone)]
pub enum Requirement {
    /// Nothing: the command reports on the actor itself, even a rejected one (`check`).
    Nothing,
    /// Any actor the engine admits: a known, enabled user with an active token.
    Admitted,
    /// Only the local administrator, with no credential.
    LocalAdmin,
    /// Every one of these permissions.
    All(Vec<Permission>),
    /// At least one of these permissions.
    AnyOf(Vec<Permission>),
    /// Acting on oneself is open; on another user needs one of the permissions.
    SelfOr(Name, Vec<Permission>),
    /// A superuser role, through an unrestricted credential.
    Superuser,
    /// Giving, taking, copying or changing a role: every permission it gives, or
    /// `Superuser` for a superuser role, so no one hands out more than they hold or acts
    /// on a role stronger than themselves.
    Role(Name),
    /// 002's sharing rule: a sharing-enabled account that owns the item or holds
    /// `security:manage`.
    Share(Target),
    /// The item's owner, or the permission.
    OwnerOr(Target, Permission),
    /// Any item action on the item (which its owner holds).
    AnyActionOn(Target),
    /// Power over an account (its password, its tokens, its state): for oneself, an
    /// unrestricted credential; for another user, `user-management:manage` and everything
    /// that user holds (a superuser role for a superuser), so no one takes over an account
    /// stronger than their own.
    Over(Name),
    /// Power over every member of the role (`Over`).
    OverMembersOf(Name),
    /// Copying a role's grants elsewhere shares its item grants again: the sharing rule
    /// for each item the role holds an action on.
    SharingItemGrantsOf(Name),
    /// Oneself, or power over the user (`Over`): for what only takes power away, such as
    /// stopping the user's tokens.
    SelfOrOver(Name),
    /// Acting on a token, as `TokenAct` says.
    TokenOf { id: String, act: TokenAct },
    /// Raising one's own power (joining a role, a grant to oneself) takes a superuser
    /// role, who gains nothing by it: otherwise a manager could join an empty role, or
    /// take a grant, that an administrator later fills. Others are judged by the rest.
    NotOwn(Name),
    /// Every one of these requirements.
    Every(Vec<Requirement>),
}

/// What is done to a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenAct {
    /// Reading it: its own user, or `user-management:manage`.
    Show,
    /// Disabling or revoking it: its own user, or power over that user.
    Stop,
    /// Enabling it gives its power back: power over its user and over whoever disabled
    /// it (only the local administrator undoes the local administrator).
    Enable,
}

/// The permission of the user-management page, which most administration needs.
pub fn user_management() -> Result<Permission> {
    Permission::parse("user-management:manage")
}

/// The permission of security configuration: sharing anything, settings, keys.
pub fn security() -> Result<Permission> {
    Permission::parse("security:manage")
}

/// Disabling accounts (a directory's users, by sync or removal): power over each one,
/// so a superuser's needs a superuser role.
pub fn disabling<'a>(users: impl IntoIterator<Item = &'a str>) -> Result<Requirement> {
    let over = users
        .into_iter()
        .map(|user| Ok(Requirement::Over(Name::parse("user", user)?)))
        .collect::<Result<_>>()?;
    Ok(Requirement::Every(over))
}

/// Whether `actor` acts with a superuser role, through an unrestricted credential (the
/// local administrator counts as one).
pub fn is_superuser(store: &dyn Read, actor: &Actor) -> Result<bool> {
    let Some(subject) = Subject::of(actor) else {
        return Ok(true);
    };
    Judge {
        store,
        actor,
        subject,
        facts: Facts::new(store),
    }
    .is_superuser()
}

/// The refusal of a command only the local administrator may run, to a credential.
fn local_admin_only() -> Error {
    Error::forbidden("only the local administrator, with no token, may run this command")
        .with_hint("unset FLOWSEC_TOKEN (or `flowsec auth logout`) and run it as a user who can open the store")
}

/// Refuses with `forbidden` unless `actor` meets `requirement`.
pub fn authorize(store: &dyn Read, actor: &Actor, requirement: &Requirement) -> Result<()> {
    let Some(subject) = Subject::of(actor) else {
        return Ok(());
    };
    let mut judge = Judge {
        store,
        actor,
        subject,
        facts: Facts::new(store),
    };
    judge.meets(requirement)
}

struct Judge<'c, 'a> {
    store: &'c dyn Read,
    actor: &'a Actor,
    subject: Subject<'a>,
    facts: Facts<'c>,
}

impl Judge<'_, '_> {
    fn name(&self) -> &str {
        self.actor.name()
    }

    fn decide(&mut self, permissions: &[Permission]) -> Result<Decision> {
        self.facts.decide(self.subject, permissions)
    }

    fn refuse(&self, why: impl std::fmt::Display) -> Error {
        Error::forbidden(format!("`{}` may not do this: {why}", self.name())).with_hint(
            "ask an administrator for the permission, or run as the local administrator (no token, no session)",
        )
    }

    fn meets(&mut self, requirement: &Requirement) -> Result<()> {
        // Every requirement but `Nothing` starts with an admitted actor.
        if !matches!(requirement, Requirement::Nothing)
            && let Some(why) = self.decide(&[])?.subject.rejected
        {
            return Err(self.refuse(why.describe()));
        }
        match requirement {
            Requirement::Nothing | Requirement::Admitted => Ok(()),
            Requirement::LocalAdmin => Err(local_admin_only()),
            Requirement::All(permissions) => {
                let decision = self.decide(permissions)?;
                match decision.results.iter().find(|r| !r.allowed) {
                    None => Ok(()),
                    Some(denied) => Err(self.refuse(format_args!(
                        "it needs `{}` ({})",
                        denied.permission,
                        denied
                            .reasons
                            .iter()
                            .map(Reason::describe)
                            .collect::<Vec<_>>()
                            .join("; ")
                    ))),
                }
            }
            Requirement::AnyOf(permissions) => self.any_of(permissions),
            Requirement::SelfOr(user, permissions) => {
                if self.is_self(user) {
                    Ok(())
                } else {
                    self.any_of(permissions)
                }
            }
            Requirement::Superuser => {
                if self.is_superuser()? {
                    Ok(())
                } else {
                    Err(self.refuse("it needs a superuser role, used without a restricted token"))
                }
            }
            Requirement::Role(name) => {
                let role = roles::get(self.store, name)?;
                if role.superuser {
                    return self.meets(&Requirement::Superuser);
                }
                let gives = self.store.grants_of(Principal::Role(role.id))?;
                self.meets(&Requirement::All(gives))
            }
            Requirement::Share(target) => {
                let sharing = self
                    .store
                    .find_user(self.name())?
                    .is_some_and(|u| u.sharing);
                if !sharing {
                    return Err(self.refuse("sharing is turned off for this account"));
                }
                self.owner_or(target, &security()?)
            }
            Requirement::OwnerOr(target, permission) => self.owner_or(target, permission),
            Requirement::AnyActionOn(target) => {
                let actions: Vec<Permission> = Permission::all_at(target).collect();
                if self.decide(&actions)?.results.iter().any(|r| r.allowed) {
                    Ok(())
                } else {
                    Err(self.refuse(format_args!("it needs an action on `{target}`")))
                }
            }
            Requirement::Over(user) => self.over(user),
            Requirement::TokenOf { id, act } => {
                let token = tokens::get(self.store, id, crate::store::now())?;
                let user = Name::parse("user", &token.user)?;
                match act {
                    TokenAct::Show => {
                        self.meets(&Requirement::SelfOr(user, vec![user_management()?]))
                    }
                    TokenAct::Stop => self.meets(&Requirement::SelfOrOver(user)),
                    TokenAct::Enable => {
                        self.over(&user)?;
                        match &token.disabled {
                            None => Ok(()),
                            Some(None) => Err(local_admin_only()),
                            Some(Some(by)) if self.actor.is(by) => Ok(()),
                            Some(Some(by)) => match self.store.find_user(by)? {
                                Some(_) => self.over(&Name::parse("user", by)?),
                                None => Ok(()),
                            },
                        }
                    }
                }
            }
            Requirement::OverMembersOf(name) => {
                let role = roles::get(self.store, name)?;
                self.store
                    .role_members(role.id)?
                    .iter()
                    .try_for_each(|member| self.over(&Name::parse("user", member)?))
            }
            Requirement::SharingItemGrantsOf(name) => {
                let role = roles::get(self.store, name)?;
                let items: std::collections::BTreeSet<Target> = self
                    .store
                    .grants_of(Principal::Role(role.id))?
                    .into_iter()
                    .filter(|p| p.item().is_some())
                    .map(|p| p.target)
                    .collect();
                items
                    .into_iter()
                    .try_for_each(|target| self.meets(&Requirement::Share(target)))
            }
            Requirement::SelfOrOver(user) if self.is_self(user) => Ok(()),
            Requirement::SelfOrOver(user) => self.over(user),
            Requirement::NotOwn(user) if self.is_self(user) => self.meets(&Requirement::Superuser),
            Requirement::NotOwn(_) => Ok(()),
            Requirement::Every(all) => all.iter().try_for_each(|r| self.meets(r)),
        }
    }

    fn is_self(&self, user: &Name) -> bool {
        self.actor.is(user.as_str())
    }

    fn over(&mut self, user: &Name) -> Result<()> {
        if self.is_self(user) {
            return if self.actor.restricted() {
                Err(self.refuse(
                    "a restricted token cannot change its own account or make wider credentials",
                ))
            } else {
                Ok(())
            };
        }
        self.meets(&Requirement::All(vec![user_management()?]))?;
        // What the account holds, or would hold once enabled: its grants, its roles' grants
        // and the items it owns.
        let target = users::get(self.store, user)?;
        if self
            .store
            .roles_of_user(target.id)?
            .iter()
            .any(|r| r.superuser)
        {
            return self.meets(&Requirement::Superuser);
        }
        let holds: Vec<Permission> = grants::held_by(self.store, target.id)?
            .into_iter()
            .collect();
        let decision = self.decide(&holds)?;
        match decision.results.iter().find(|r| !r.allowed) {
            None => Ok(()),
            Some(denied) => Err(self.refuse(format_args!(
                "`{}` holds `{}`, which this account does not",
                target.name, denied.permission
            ))),
        }
    }

    fn any_of(&mut self, permissions: &[Permission]) -> Result<()> {
        for permission in permissions {
            if self.decide(std::slice::from_ref(permission))?.allowed {
                return Ok(());
            }
        }
        let names: Vec<String> = permissions.iter().map(|p| format!("`{p}`")).collect();
        Err(self.refuse(format_args!("it needs {}", names.join(" or "))))
    }

    fn owner_or(&mut self, target: &Target, permission: &Permission) -> Result<()> {
        // Ownership as the engine sees it, through the token's scopes: a token scoped to
        // some of the item's actions does not carry the owner's power over the item.
        let actions: Vec<Permission> = Permission::all_at(target).collect();
        let owns = self
            .decide(&actions)?
            .results
            .iter()
            .all(|r| r.allowed && r.reasons.contains(&Reason::Owner));
        if owns || self.decide(std::slice::from_ref(permission))?.allowed {
            return Ok(());
        }
        Err(self.refuse(format_args!(
            "it needs to own `{target}` or hold `{permission}`"
        )))
    }

    fn is_superuser(&mut self) -> Result<bool> {
        if self.actor.restricted() {
            return Ok(false);
        }
        let decision = self.decide(&[security()?])?;
        Ok(decision.results.iter().any(|r| {
            r.allowed
                && r.reasons
                    .iter()
                    .any(|x| matches!(x, Reason::SuperuserRole { .. }))
        }))
    }
}
