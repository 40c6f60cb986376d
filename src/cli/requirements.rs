//! What every command requires of the identity that runs it, in one table. The local
//! administrator (no credential) meets every requirement; a token's user is judged by
//! `authorize`, with the same engine as `check`.

use super::{
    Command, PrincipalArgs, audit, db, directory, items, perms, role_name, roles, secrets,
    settings, tokens, user_name, users,
};
use crate::authorize::{Requirement, TokenAct, security, user_management};
use crate::error::Result;
use crate::model::{Permission, Target};

/// The requirement of `command` for an acting user.
pub(super) fn of(command: &Command) -> Result<Requirement> {
    use Requirement::*;
    let manage_users = || -> Result<Requirement> { Ok(All(vec![user_management()?])) };
    let with_roles = |names: &[String]| -> Result<Vec<Requirement>> {
        let mut all = vec![manage_users()?];
        for name in names {
            all.push(Role(role_name(name)?));
        }
        Ok(all)
    };
    // Managing an account: user management, and power over that account.
    let over = |name: &str, mut all: Vec<Requirement>| -> Result<Requirement> {
        all.push(manage_users()?);
        all.push(Over(user_name(name)?));
        Ok(Every(all))
    };
    // Only the local administrator may leave the store without a superuser (model.md).
    let guarded = |allow_no_superuser: bool, requirement: Requirement| {
        if allow_no_superuser {
            Every(vec![requirement, LocalAdmin])
        } else {
            requirement
        }
    };
    Ok(match command {
        Command::Init(_) => LocalAdmin,
        Command::Users(command) => match command {
            // In a store that lost `admin`, only the local administrator may bring it back.
            users::Command::Create(args) if crate::store::users::is_admin(&args.name) => LocalAdmin,
            users::Command::Create(args) => Every(with_roles(&args.roles)?),
            users::Command::Update(args) => {
                let mut all =
                    with_roles(&[args.add_roles.as_slice(), &args.remove_roles].concat())?;
                // Joining a role, or turning sharing back on, raises one's power.
                if !args.add_roles.is_empty() || args.sharing == Some(true) {
                    all.push(NotOwn(user_name(&args.name)?));
                }
                guarded(args.allow_no_superuser, over(&args.name, all)?)
            }
            users::Command::Show { name } => SelfOr(user_name(name)?, vec![user_management()?]),
            users::Command::Passwd { name, .. } | users::Command::Unlock { name } => {
                over(name, vec![])?
            }
            users::Command::Remove {
                name,
                transfer_to,
                allow_no_superuser,
            } => {
                // Inheriting items is taking ownership: as `items chown`, security business.
                let heir = match transfer_to {
                    Some(_) => vec![All(vec![security()?])],
                    None => vec![],
                };
                guarded(*allow_no_superuser, over(name, heir)?)
            }
            users::Command::List(_) => manage_users()?,
        },
        Command::Roles(command) => match command {
            roles::Command::Create {
                from, superuser, ..
            } => match (from, superuser) {
                (Some(from), _) => {
                    let mut all = with_roles(std::slice::from_ref(from))?;
                    all.push(SharingItemGrantsOf(role_name(from)?));
                    Every(all)
                }
                (None, true) => Every(vec![manage_users()?, Superuser]),
                (None, false) => manage_users()?,
            },
            roles::Command::Remove {
                name,
                allow_no_superuser,
            } => {
                // Removing a role takes it from every member: acting on each of them.
                let mut all = with_roles(std::slice::from_ref(name))?;
                all.push(OverMembersOf(role_name(name)?));
                guarded(*allow_no_superuser, Every(all))
            }
            // Changing someone's roles is acting on them, as `users update` is.
            roles::Command::AddMember { role, users } => {
                let mut all = with_roles(std::slice::from_ref(role))?;
                for user in users {
                    all.push(Over(user_name(user)?));
                    all.push(NotOwn(user_name(user)?));
                }
                Every(all)
            }
            roles::Command::RemoveMember {
                role,
                users,
                allow_no_superuser,
            } => {
                let mut all = with_roles(std::slice::from_ref(role))?;
                for user in users {
                    all.push(Over(user_name(user)?));
                }
                guarded(*allow_no_superuser, Every(all))
            }
            // Adding to a role is acting on it; what is copied is handed out again.
            roles::Command::LoadTemplate { role, from } => {
                let mut all = with_roles(&[std::slice::from_ref(role), from].concat())?;
                for source in from {
                    all.push(SharingItemGrantsOf(role_name(source)?));
                }
                Every(all)
            }
            roles::Command::List | roles::Command::Show { .. } => manage_users()?,
        },
        Command::Perms(command) => match command {
            perms::Command::Catalogue { .. } => Admitted,
            perms::Command::Grant {
                permissions,
                to: principal,
            }
            | perms::Command::Revoke {
                permissions,
                from: principal,
            } => {
                let raising = matches!(command, perms::Command::Grant { .. });
                let mut all = Vec::new();
                let mut general = false;
                for raw in permissions {
                    let permission = Permission::parse(raw)?;
                    general |= permission.item().is_none();
                    all.push(granting(permission)?);
                }
                // A general permission given or taken is acting on the principal; an
                // item's are its owner's business (the sharing rule).
                if general {
                    all.extend(acting_on(principal, raising)?);
                }
                Every(all)
            }
            perms::Command::List { of, .. } => match of {
                PrincipalArgs {
                    user: Some(name), ..
                } => SelfOr(user_name(name)?, vec![user_management()?]),
                _ => manage_users()?,
            },
            perms::Command::Who { .. } => manage_users()?,
        },
        Command::Items(command) => match command {
            items::Command::Create { target, owner } => {
                let category = Target {
                    category: Target::parse_item(target)?.category,
                    item: None,
                };
                // Every category with items has `create` but services, which has `manage`.
                let create = Permission::new(category.clone(), "create")
                    .or_else(|_| Permission::new(category, "manage"))?;
                match owner {
                    // Making an item for someone else is giving them something.
                    Some(owner) => Every(vec![
                        All(vec![create]),
                        SelfOr(user_name(owner)?, vec![security()?]),
                    ]),
                    None => All(vec![create]),
                }
            }
            items::Command::List { .. } => Admitted,
            items::Command::Show { target } | items::Command::Remove { target } => {
                OwnerOr(Target::parse_item(target)?, security()?)
            }
            items::Command::Chown { target, .. }
            | items::Command::Share { target, .. }
            | items::Command::Unshare { target, .. } => Share(Target::parse_item(target)?),
        },
        Command::Check(args) => match (&args.user, args.anonymous || args.batch) {
            // Others' permissions are user-management business; one's own are not.
            (Some(name), _) => SelfOr(user_name(name)?, checking_others()?),
            (None, true) => Admitted,
            (None, false) => Nothing,
        },
        Command::Tokens(command) => match command {
            // A token for someone acts as them: power over their account.
            tokens::Command::Create {
                user: Some(name), ..
            } => Over(user_name(name)?),
            tokens::Command::List { user: Some(name) } => {
                SelfOr(user_name(name)?, vec![user_management()?])
            }
            // Stopping someone else's tokens is acting on them.
            tokens::Command::Revoke {
                user: Some(name), ..
            } => SelfOrOver(user_name(name)?),
            tokens::Command::Enable { id } => token_of(id, TokenAct::Enable),
            tokens::Command::Show { id } => token_of(id, TokenAct::Show),
            tokens::Command::Disable { id } | tokens::Command::Revoke { id: Some(id), .. } => {
                token_of(id, TokenAct::Stop)
            }
            tokens::Command::Create { .. }
            | tokens::Command::List { .. }
            | tokens::Command::Revoke { .. }
            | tokens::Command::Verify => Admitted,
        },
        // Authentication commands carry their own proof: a password or a recovery code.
        Command::Auth(_) => Admitted,
        Command::Settings(command) => match command {
            settings::Command::Show { .. } => Admitted,
            settings::Command::Set { key, .. } | settings::Command::Unset { key } => {
                if crate::settings::needs_superuser(key) {
                    Superuser
                } else {
                    All(vec![security()?])
                }
            }
        },
        Command::Secrets(command) => match command {
            // Reading a secret is using the item: any action on it will do.
            secrets::Command::Get { target, .. } => AnyActionOn(Target::parse_item(target)?),
            secrets::Command::Set { target, .. } | secrets::Command::Remove { target, .. } => {
                OwnerOr(Target::parse_item(target)?, security()?)
            }
            // One item's secret names: open to those who may use it; any wider list is
            // security business.
            secrets::Command::List { target } => match target.as_deref().map(Target::parse) {
                Some(Ok(target)) if target.item.is_some() => AnyActionOn(target),
                Some(Err(e)) => return Err(e),
                _ => All(vec![security()?]),
            },
        },
        Command::Directory(command) => match command {
            // Giving a group a role is giving the role to its members.
            // Giving a group a role, and importing or syncing (which make users and
            // change their roles), are also user management.
            directory::Command::Map { role: name, .. } => Every(vec![
                All(vec![security()?, user_management()?]),
                Role(role_name(name)?),
            ]),
            // What these take depends on the store and the directory: under the write
            // lock, unmap also needs the group's role (`Role`), and whatever disables
            // users also needs power over each one (`authorize::disabling`).
            directory::Command::Remove {
                allow_no_superuser, ..
            } => guarded(*allow_no_superuser, All(vec![security()?])),
            directory::Command::Import {
                allow_no_superuser, ..
            }
            | directory::Command::Unmap {
                allow_no_superuser, ..
            }
            | directory::Command::Sync {
                allow_no_superuser, ..
            } => guarded(
                *allow_no_superuser,
                All(vec![security()?, user_management()?]),
            ),
            directory::Command::Add(_)
            | directory::Command::List
            | directory::Command::Show { .. }
            | directory::Command::Test { .. } => All(vec![security()?]),
        },
        // Removing evidence, with this host's signing key, is the store owner's.
        Command::Audit(audit::Command::Prune { .. }) => LocalAdmin,
        Command::Encrypt(_) | Command::Audit(_) => All(vec![security()?]),
        Command::Db(db::Command::Status) => All(vec![security()?]),
        // A copy holds every hash and sealed secret; the schema is the store owner's.
        Command::Db(
            db::Command::Copy { .. } | db::Command::Upgrade | db::Command::Password { .. },
        ) => LocalAdmin,
        // A manifest can change anything, superuser roles included.
        Command::Apply(_) => Superuser,
        // Everyone's roles and grants, as `perms list` of any user shows them.
        Command::Export(_) => manage_users()?,
        // Decisions about arbitrary users, as `check --user` of another.
        Command::Test(_) => AnyOf(checking_others()?),
        Command::Completions { .. } | Command::Man { .. } => Nothing,
    })
}

fn token_of(id: &str, act: TokenAct) -> Requirement {
    Requirement::TokenOf {
        id: id.to_string(),
        act,
    }
}

/// Acting on a principal: power over a user, everything a role gives; and, for what
/// raises its power, never oneself but as a superuser.
fn acting_on(principal: &PrincipalArgs, raising: bool) -> Result<Vec<Requirement>> {
    Ok(match principal {
        PrincipalArgs {
            user: Some(user), ..
        } => {
            let mut all = vec![Requirement::Over(user_name(user)?)];
            if raising {
                all.push(Requirement::NotOwn(user_name(user)?));
            }
            all
        }
        PrincipalArgs {
            role: Some(role), ..
        } => vec![Requirement::Role(role_name(role)?)],
        _ => vec![],
    })
}

/// Who may ask `check` about another user.
pub(super) fn checking_others() -> Result<Vec<Permission>> {
    Ok(vec![user_management()?, security()?])
}

/// Granting or revoking one permission: on an item, the sharing rule; otherwise user
/// management, and holding the permission oneself, so no one hands out more than they hold.
fn granting(permission: Permission) -> Result<Requirement> {
    Ok(match permission.item() {
        Some(_) => Requirement::Share(permission.target),
        None => Requirement::All(vec![user_management()?, permission]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    use crate::cli::Cli;

    fn requirement(args: &[&str]) -> Requirement {
        let cli = Cli::try_parse_from([&["flowsec"], args].concat()).unwrap();
        of(&cli.command).unwrap()
    }

    #[test]
    fn requirements_follow_the_arguments() {
        assert!(matches!(requirement(&["init"]), Requirement::LocalAdmin));
        assert!(matches!(
            requirement(&["check", "jobs:access"]),
            Requirement::Nothing
        ));
        assert!(matches!(
            requirement(&["check", "--user", "ALICE", "jobs:access"]),
            Requirement::SelfOr(..)
        ));
        let Requirement::All(needed) = requirement(&["items", "create", "repositories/X"]) else {
            panic!("items create needs permissions");
        };
        assert_eq!(
            needed,
            vec![Permission::parse("repositories:create").unwrap()]
        );
        assert!(matches!(
            requirement(&["items", "create", "repositories/X", "--owner", "bob"]),
            Requirement::Every(r) if matches!(r.as_slice(), [Requirement::All(_), Requirement::SelfOr(..)])
        ));
        assert!(matches!(
            requirement(&["apply", "m.toml", "--prune"]),
            Requirement::Superuser
        ));
        assert!(matches!(requirement(&["test", "m.toml"]), Requirement::AnyOf(p) if p.len() == 2));
        assert!(matches!(
            requirement(&["perms", "grant", "--user", "bob", "repositories/X:run"]),
            Requirement::Every(r) if matches!(r.as_slice(), [Requirement::Share(_)])
        ));
    }
}
