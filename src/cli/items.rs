//! `flowsec items`: the items item-level permissions name, and their owners.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, PrincipalArgs, Status, perms, user_name};
use crate::error::Result;
use crate::model::{Category, Permission, Target};
use crate::output::{fields, list_cell, table};
use crate::store::grants::{Change, Holding};
use crate::store::items::{self, Item};
use crate::store::{Store, users};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register an item; its owner holds every item action on it
    #[command(after_help = "Examples:
  flowsec items create repositories/Samples --owner alice
  flowsec items create 'services/Data Download'")]
    Create {
        /// CATEGORY/NAME
        target: String,
        /// The owner [default: the acting user, or admin]
        #[arg(long, value_name = "USER")]
        owner: Option<String>,
    },
    /// List items
    #[command(after_help = "Examples:\n  flowsec items list repositories --owner alice")]
    List {
        /// Only this category
        category: Option<String>,
        /// Only items this user owns
        #[arg(long, value_name = "USER")]
        owner: Option<String>,
    },
    /// Show an item's owner and every user and role holding actions on it
    Show {
        /// CATEGORY/NAME
        target: String,
    },
    /// Give an item to another owner
    #[command(after_help = "Examples:\n  flowsec items chown repositories/Samples bob")]
    Chown {
        /// CATEGORY/NAME
        target: String,
        /// The new owner
        user: String,
    },
    /// Share item actions with a user or role
    #[command(after_help = "Examples:
  flowsec items share repositories/Samples --user bob run read
  flowsec items share 'services/Data Download' --role analysts full-access")]
    Share {
        /// CATEGORY/NAME
        target: String,
        #[command(flatten)]
        with: PrincipalArgs,
        /// Item actions of the category, e.g. run, read
        #[arg(required = true)]
        actions: Vec<String>,
    },
    /// Take back item actions shared with a user or role
    #[command(
        after_help = "Examples:\n  flowsec items unshare repositories/Samples --user bob run"
    )]
    Unshare {
        /// CATEGORY/NAME
        target: String,
        #[command(flatten)]
        from: PrincipalArgs,
        /// Item actions of the category
        #[arg(required = true)]
        actions: Vec<String>,
    },
    /// Remove an item and every grant on it
    Remove {
        /// CATEGORY/NAME
        target: String,
    },
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Create { target, owner } => create(&target, owner.as_deref(), ctx),
        Command::List { category, owner } => list(category.as_deref(), owner.as_deref(), ctx),
        Command::Show { target } => {
            let target = Target::parse_item(&target)?;
            let store = ctx.store()?;
            let view = View::load(&store, &target)?;
            ctx.printer.emit(&view, || view.human())?;
            Ok(Status::Success)
        }
        Command::Chown { target, user } => {
            let target = Target::parse_item(&target)?;
            let owner = user_name(&user)?;
            let mut store = ctx.store()?;
            store.write(&ctx.actor, |tx| {
                items::chown(tx, &items::get(tx, &target)?, &users::get(tx, &owner)?)
            })?;
            let view = View::load(&store, &target)?;
            ctx.printer.emit(&view, || {
                format!(
                    "`{}` is now owned by `{}`",
                    view.item.target, view.item.owner
                )
            })?;
            Ok(Status::Success)
        }
        Command::Share {
            target,
            with,
            actions,
        } => share(&target, &with, &actions, Change::Grant, ctx),
        Command::Unshare {
            target,
            from,
            actions,
        } => share(&target, &from, &actions, Change::Revoke, ctx),
        Command::Remove { target } => {
            let target = Target::parse_item(&target)?;
            ctx.store()?.write(&ctx.actor, |tx| {
                items::remove(tx, &items::get(tx, &target)?)
            })?;
            ctx.printer
                .emit(&serde_json::json!({"removed": target}), || {
                    format!("removed item `{target}` and its grants")
                })?;
            Ok(Status::Success)
        }
    }
}

/// Share or take back item actions: grants of `TARGET:ACTION` to the principal.
fn share(
    target: &str,
    who: &PrincipalArgs,
    actions: &[String],
    change: Change,
    ctx: &Context,
) -> Result<Status> {
    let target = Target::parse_item(target)?;
    let permissions = actions
        .iter()
        .map(|a| Permission::new(target.clone(), a))
        .collect::<Result<Vec<_>>>()?;
    perms::change(who, permissions, change, ctx)
}

fn create(target: &str, owner: Option<&str>, ctx: &Context) -> Result<Status> {
    let target = Target::parse_item(target)?;
    // Without --owner: the acting user, or admin for the local administrator.
    let owner = user_name(owner.or(ctx.actor.user()).unwrap_or(users::ADMIN))?;
    let mut store = ctx.store()?;
    store.write(&ctx.actor, |tx| {
        let owner = tx.find_user(owner.as_str())?.ok_or_else(|| {
            users::not_found(owner.as_str()).with_hint("name the owner with --owner USER")
        })?;
        items::create(tx, &target, &owner)
    })?;
    let view = View::load(&store, &target)?;
    ctx.printer.emit(&view, || {
        format!(
            "created `{}`, owned by `{}`",
            view.item.target, view.item.owner
        )
    })?;
    Ok(Status::Success)
}

fn list(category: Option<&str>, owner: Option<&str>, ctx: &Context) -> Result<Status> {
    let category = category.map(Category::parse).transpose()?;
    let store = ctx.store()?;
    let owner = match owner {
        Some(o) => Some(users::get(store.read(), &user_name(o)?)?.id),
        None => None,
    };
    let listed = store.read().list_items(category, owner)?;
    ctx.printer.emit(&listed, || {
        table(
            &["item", "owner", "created"],
            listed
                .iter()
                .map(|i| vec![i.target.to_string(), i.owner.clone(), i.created.clone()]),
        )
    })?;
    Ok(Status::Success)
}

/// An item as the product's Items page shows it: owner, users and roles with actions.
#[derive(Serialize)]
struct View {
    #[serde(flatten)]
    item: Item,
    users: Vec<Holding>,
    roles: Vec<Holding>,
}

impl View {
    fn load(store: &Store, target: &Target) -> Result<View> {
        let item = items::get(store.read(), target)?;
        let (users, roles) = store.read().holdings_on_item(item.id)?;
        Ok(View { item, users, roles })
    }

    fn human(&self) -> String {
        let holdings = |list: &[Holding]| {
            let shown: Vec<String> = list
                .iter()
                .map(|h| format!("{} ({})", h.name, h.actions.join(", ")))
                .collect();
            list_cell(&shown)
        };
        fields(&[
            ("item", self.item.target.to_string()),
            ("owner", self.item.owner.clone()),
            ("created", self.item.created.clone()),
            ("users", holdings(&self.users)),
            ("roles", holdings(&self.roles)),
        ])
    }
}
