//! `flowsec perms`: the catalogue, grants and revocations, and who holds what.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, PrincipalArgs, PrincipalRef, Status, user_name};
use crate::engine::PermissionResult;
use crate::error::{Error, Result};
use crate::facts::Facts;
use crate::model::{CATALOGUE, Category, CategoryDef, Permission};
use crate::output::{fields, list_cell, table};
use crate::store::grants::{self, Change, Principal};
use crate::store::users;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the categories, their general and item actions, and default roles
    #[command(
        after_help = "Examples:\n  flowsec perms catalogue\n  flowsec perms catalogue repositories"
    )]
    Catalogue {
        /// Only this category
        category: Option<String>,
    },
    /// Grant permissions to a user or role
    #[command(after_help = "Examples:
  flowsec perms grant --role analysts repositories/Samples:run 'services/Data Download:full-access'
  flowsec perms grant --user alice jobs:access")]
    Grant {
        #[command(flatten)]
        to: PrincipalArgs,
        /// TARGET:ACTION, e.g. repositories/Samples:run
        #[arg(required = true)]
        permissions: Vec<String>,
    },
    /// Revoke permissions from a user or role
    #[command(
        after_help = "Examples:\n  flowsec perms revoke --role analysts repositories/Samples:run"
    )]
    Revoke {
        #[command(flatten)]
        from: PrincipalArgs,
        /// TARGET:ACTION
        #[arg(required = true)]
        permissions: Vec<String>,
    },
    /// List a role's or user's grants; with --effective, all a user may do and why
    #[command(
        after_help = "Examples:\n  flowsec perms list --role fmeauthor\n  flowsec perms list --user alice --effective"
    )]
    List {
        #[command(flatten)]
        of: PrincipalArgs,
        /// Everything the user may do, through roles, grants and ownership
        #[arg(long, requires = "user")]
        effective: bool,
    },
    /// Which enabled users hold a permission, and through what
    #[command(after_help = "Examples:\n  flowsec perms who security:manage")]
    Who {
        /// TARGET:ACTION
        permission: String,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Catalogue { category } => catalogue(category.as_deref(), ctx),
        Command::Grant { to, permissions } => {
            change(&to, parse_all(&permissions)?, Change::Grant, ctx)
        }
        Command::Revoke { from, permissions } => {
            change(&from, parse_all(&permissions)?, Change::Revoke, ctx)
        }
        Command::List { of, effective } => list(&of, effective, ctx),
        Command::Who { permission } => who(&permission, ctx),
    }
}

#[derive(Serialize)]
struct CatalogueAction {
    action: &'static str,
    description: &'static str,
    default_roles: Vec<&'static str>,
}

#[derive(Serialize)]
struct CatalogueEntry {
    category: &'static str,
    general: Vec<CatalogueAction>,
    item: Vec<CatalogueAction>,
}

impl CatalogueEntry {
    fn new(def: &'static CategoryDef) -> CatalogueEntry {
        let actions = |list: &'static [crate::model::ActionDef]| {
            list.iter()
                .map(|a| CatalogueAction {
                    action: a.name,
                    description: a.description,
                    default_roles: a.defaults.iter().map(|r| r.name()).collect(),
                })
                .collect()
        };
        CatalogueEntry {
            category: def.name,
            general: actions(def.general),
            item: actions(def.item),
        }
    }
}

fn catalogue(category: Option<&str>, ctx: &Context) -> Result<Status> {
    let entries: Vec<CatalogueEntry> = match category {
        Some(raw) => vec![CatalogueEntry::new(Category::parse(raw)?.def())],
        None => CATALOGUE.iter().map(CatalogueEntry::new).collect(),
    };
    ctx.printer.emit(&entries, || {
        let rows = entries.iter().flat_map(|e| {
            let general = e.general.iter().map(|a| ("general", a));
            let item = e.item.iter().map(|a| ("item", a));
            general.chain(item).map(|(level, a)| {
                let roles: Vec<String> = a.default_roles.iter().map(ToString::to_string).collect();
                vec![
                    e.category.to_string(),
                    level.to_string(),
                    a.action.to_string(),
                    if level == "item" {
                        String::new()
                    } else {
                        list_cell(&roles)
                    },
                    a.description.to_string(),
                ]
            })
        });
        table(
            &[
                "category",
                "level",
                "action",
                "default roles",
                "description",
            ],
            rows,
        )
    })?;
    Ok(Status::Success)
}

fn parse_all(raw: &[String]) -> Result<Vec<Permission>> {
    raw.iter().map(|p| Permission::parse(p)).collect()
}

#[derive(Serialize)]
struct Changed {
    principal: PrincipalRef,
    changed: Vec<Permission>,
    unchanged: Vec<Permission>,
}

impl Changed {
    fn human(&self, change: Change) -> String {
        let (verb, none) = match change {
            Change::Grant => ("granted to", "already held by"),
            Change::Revoke => ("revoked from", "not held by"),
        };
        let changed = self
            .changed
            .iter()
            .map(|p| format!("{verb} {}: {p}", self.principal));
        let unchanged = self
            .unchanged
            .iter()
            .map(|p| format!("{none} {}: {p}", self.principal));
        changed.chain(unchanged).collect::<Vec<_>>().join("\n")
    }
}

/// Grants or revokes `permissions` for the principal and reports what changed.
pub(super) fn change(
    who: &PrincipalArgs,
    permissions: Vec<Permission>,
    change: Change,
    ctx: &Context,
) -> Result<Status> {
    let report = ctx.store()?.write(&ctx.actor, |tx| {
        let (principal, shown) = who.resolve(tx)?;
        let (changed, unchanged) = grants::change_all(tx, principal, permissions, change)?;
        Ok(Changed {
            principal: shown,
            changed,
            unchanged,
        })
    })?;
    ctx.printer.emit(&report, || report.human(change))?;
    Ok(Status::Success)
}

fn list(of: &PrincipalArgs, effective: bool, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    if effective {
        let name = of
            .user
            .as_deref()
            .ok_or_else(|| Error::usage("--effective needs --user"))?;
        let user = users::get(store.read(), &user_name(name)?)?;
        let report = Facts::new(store.read()).effective(&user)?;
        ctx.printer.emit(&report, || {
            let mut text = String::new();
            if let Some(why) = report.rejected {
                text.push_str(&format!(
                    "`{}` may do nothing: {}\n",
                    report.user,
                    why.describe()
                ));
                return text;
            }
            if !report.superuser_roles.is_empty() {
                text.push_str(&format!(
                    "`{}` holds every permission on every target through superuser role(s): {}\n",
                    report.user,
                    report.superuser_roles.join(", ")
                ));
            }
            text.push_str(&results_table(&report.permissions));
            text
        })?;
        return Ok(Status::Success);
    }
    let (principal, shown) = of.resolve(store.read())?;
    let permissions = store.read().grants_of(principal)?;
    #[derive(Serialize)]
    struct Listed<'a> {
        principal: &'a PrincipalRef,
        permissions: &'a [Permission],
    }
    ctx.printer.emit(
        &Listed {
            principal: &shown,
            permissions: &permissions,
        },
        || {
            let rows = permissions.iter().map(|p| vec![p.to_string()]);
            let source = match principal {
                Principal::User(_) => "direct grants",
                Principal::Role(_) => "grants",
            };
            format!("{source} of {shown}:\n{}", table(&["permission"], rows))
        },
    )?;
    Ok(Status::Success)
}

fn results_table(results: &[PermissionResult]) -> String {
    table(
        &["permission", "through"],
        results.iter().map(|r| {
            let through: Vec<String> = r.reasons.iter().map(|x| x.describe()).collect();
            vec![r.permission.to_string(), through.join("; ")]
        }),
    )
}

fn who(raw: &str, ctx: &Context) -> Result<Status> {
    let permission = Permission::parse(raw)?;
    let store = ctx.store()?;
    let holders = Facts::new(store.read()).who(&permission)?;
    ctx.printer.emit(&holders, || {
        let mut text = fields(&[("permission", permission.to_string())]);
        text.push_str(&table(
            &["user", "through"],
            holders.iter().map(|h| {
                let through: Vec<String> = h.reasons.iter().map(|x| x.describe()).collect();
                vec![h.user.clone(), through.join("; ")]
            }),
        ));
        text
    })?;
    Ok(Status::Success)
}
