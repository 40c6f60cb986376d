//! `flowsec roles`: create (or duplicate), list, show, remove, members and templates.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, Status, role_name, user_name};
use crate::error::{Error, Result};
use crate::model::{Name, Permission};
use crate::output::{fields, list_cell, table, yes_no};
use crate::store::grants::Principal;
use crate::store::roles::{self, NewRole, Role, SuperuserGuard};
use crate::store::{Store, users};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a role, empty or as a duplicate of another (permissions and superuser flag)
    #[command(after_help = "Examples:
  flowsec roles create analysts --description 'Data analysts'
  flowsec roles create authors2 --from fmeauthor")]
    Create {
        /// Letters, digits and . _ @ - (at most 64)
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// Copy this role's permissions and superuser flag (not its members)
        #[arg(long, value_name = "ROLE")]
        from: Option<String>,
        /// Make it a superuser role: every permission on every target
        #[arg(long, conflicts_with = "from")]
        superuser: bool,
    },
    /// List roles
    List,
    /// Show a role's description, members and permissions
    Show {
        /// The role
        name: String,
    },
    /// Remove a role (never fmesuperuser)
    Remove {
        /// The role
        name: String,
        /// Allow removing the role of the last enabled superuser
        #[arg(long)]
        allow_no_superuser: bool,
    },
    /// Add users to a role
    #[command(after_help = "Examples:\n  flowsec roles add-member analysts alice bob")]
    AddMember {
        /// The role
        role: String,
        /// The users to add
        #[arg(required = true)]
        users: Vec<String>,
    },
    /// Remove users from a role
    RemoveMember {
        /// The role
        role: String,
        /// The users to remove
        #[arg(required = true)]
        users: Vec<String>,
        /// Allow removing the last enabled superuser from its role
        #[arg(long)]
        allow_no_superuser: bool,
    },
    /// Add every permission of other roles that ROLE lacks; removes none
    #[command(
        after_help = "Examples:\n  flowsec roles load-template analysts --from fmeauthor --from fmeuser"
    )]
    LoadTemplate {
        /// The role to add permissions to
        role: String,
        /// The role to copy permissions from (repeatable)
        #[arg(long = "from", value_name = "ROLE", required = true)]
        from: Vec<String>,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Create {
            name,
            description,
            from,
            superuser,
        } => create(
            &name,
            description.as_deref().unwrap_or_default(),
            from.as_deref(),
            superuser,
            ctx,
        ),
        Command::List => list(ctx),
        Command::Show { name } => {
            let store = ctx.store()?;
            let profile = Profile::load(&store, &role_name(&name)?)?;
            ctx.printer.emit(&profile, || profile.human())?;
            Ok(Status::Success)
        }
        Command::Remove {
            name,
            allow_no_superuser,
        } => {
            let name = role_name(&name)?;
            let removed = ctx.store()?.write(&ctx.actor, |tx| {
                let guard = SuperuserGuard::capture(tx)?;
                let role = roles::get(tx, &name)?;
                roles::remove(tx, &role)?;
                guard.verify(tx, allow_no_superuser)?;
                Ok(role.name)
            })?;
            ctx.printer
                .emit(&serde_json::json!({"removed": removed}), || {
                    format!("removed role `{removed}`")
                })?;
            Ok(Status::Success)
        }
        Command::AddMember { role, users } => members(&role, &users, true, false, ctx),
        Command::RemoveMember {
            role,
            users,
            allow_no_superuser,
        } => members(&role, &users, false, allow_no_superuser, ctx),
        Command::LoadTemplate { role, from } => load_template(&role, &from, ctx),
    }
}

fn create(
    name: &str,
    description: &str,
    from: Option<&str>,
    superuser: bool,
    ctx: &Context,
) -> Result<Status> {
    let name = role_name(name)?;
    let from = from.map(role_name).transpose()?;
    let mut store = ctx.store()?;
    store.write(&ctx.actor, |tx| {
        let source = from.as_ref().map(|f| roles::get(tx, f)).transpose()?;
        roles::create(
            tx,
            &NewRole {
                name: &name,
                description,
                superuser: superuser || source.as_ref().is_some_and(|s| s.superuser),
                builtin: false,
            },
        )?;
        if let Some(source) = source {
            roles::copy_grants(tx, &source, &roles::get(tx, &name)?)?;
        }
        Ok(())
    })?;
    let profile = Profile::load(&store, &name)?;
    ctx.printer
        .emit(&profile, || format!("created role `{}`", profile.role.name))?;
    Ok(Status::Success)
}

#[derive(Serialize)]
struct Listed {
    #[serde(flatten)]
    role: Role,
    members: Vec<String>,
}

fn list(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let listed = store
        .read()
        .list_roles()?
        .into_iter()
        .map(|role| {
            Ok(Listed {
                members: store.read().role_members(role.id)?,
                role,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    ctx.printer.emit(&listed, || {
        table(
            &["name", "superuser", "built-in", "members", "description"],
            listed.iter().map(|l| {
                vec![
                    l.role.name.clone(),
                    yes_no(l.role.superuser),
                    yes_no(l.role.builtin),
                    list_cell(&l.members),
                    l.role.description.clone(),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}

/// A role with everything `roles show` reports.
#[derive(Serialize)]
struct Profile {
    #[serde(flatten)]
    role: Role,
    members: Vec<String>,
    permissions: Vec<Permission>,
}

impl Profile {
    fn load(store: &Store, name: &Name) -> Result<Profile> {
        let role = roles::get(store.read(), name)?;
        Ok(Profile {
            members: store.read().role_members(role.id)?,
            permissions: store.read().grants_of(Principal::Role(role.id))?,
            role,
        })
    }

    fn human(&self) -> String {
        let permissions: Vec<String> = self.permissions.iter().map(ToString::to_string).collect();
        let superuser = if self.role.superuser {
            "yes: every permission on every target".to_string()
        } else {
            "no".to_string()
        };
        let mut text = fields(&[
            ("name", self.role.name.clone()),
            ("description", self.role.description.clone()),
            ("superuser", superuser),
            ("built-in", yes_no(self.role.builtin)),
            ("members", list_cell(&self.members)),
            ("permissions", permissions.len().to_string()),
        ]);
        for p in permissions {
            text.push_str(&format!("  {p}\n"));
        }
        text
    }
}

fn members(
    role: &str,
    names: &[String],
    add: bool,
    allow_no_superuser: bool,
    ctx: &Context,
) -> Result<Status> {
    let role = role_name(role)?;
    let names = names
        .iter()
        .map(|n| user_name(n))
        .collect::<Result<Vec<_>>>()?;
    let mut store = ctx.store()?;
    let changed = store.write(&ctx.actor, |tx| {
        let guard = SuperuserGuard::capture(tx)?;
        let role = roles::get(tx, &role)?;
        let mut changed = Vec::new();
        for name in &names {
            let user = users::get(tx, name)?;
            let did = if add {
                roles::add_member(tx, role.id, user.id)?
            } else {
                roles::remove_member(tx, role.id, user.id)?
            };
            if !add && !did {
                return Err(Error::not_found(format!(
                    "user `{}` is not a member of role `{}`",
                    user.name, role.name
                )));
            }
            if did {
                changed.push(user.name);
            }
        }
        guard.verify(tx, allow_no_superuser)?;
        Ok(changed)
    })?;
    let profile = Profile::load(&store, &role)?;
    ctx.printer.emit(&profile, || {
        let verb = if add { "added to" } else { "removed from" };
        if changed.is_empty() {
            format!("no change: already members of `{}`", profile.role.name)
        } else {
            format!("{} {verb} role `{}`", changed.join(", "), profile.role.name)
        }
    })?;
    Ok(Status::Success)
}

fn load_template(role: &str, from: &[String], ctx: &Context) -> Result<Status> {
    let role = role_name(role)?;
    let from = from
        .iter()
        .map(|f| role_name(f))
        .collect::<Result<Vec<_>>>()?;
    let mut store = ctx.store()?;
    let added = store.write(&ctx.actor, |tx| {
        let target = roles::get(tx, &role)?;
        let mut added = 0;
        for source in &from {
            added += roles::copy_grants(tx, &roles::get(tx, source)?, &target)?;
        }
        Ok(added)
    })?;
    let profile = Profile::load(&store, &role)?;
    ctx.printer.emit(&profile, || {
        format!(
            "added {added} permission(s) to role `{}`",
            profile.role.name
        )
    })?;
    Ok(Status::Success)
}
