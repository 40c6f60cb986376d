//! The model's notation (model.md): principal names, categories, targets and permissions.
//! Strings are parsed here once into types, so nothing past the edge handles raw notation.

pub mod catalogue;
pub mod text;

use std::fmt;

use crate::error::{Error, Result};
pub use catalogue::{ActionDef, CATALOGUE, CategoryDef, DefaultRole};

const NAME_MAX: usize = 64;
const ITEM_NAME_MAX: usize = 255;

/// A user or role name: `[A-Za-z0-9._@-]{1,64}`, compared case-insensitively by the store.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(String);

impl Name {
    /// `what` names the kind of name in error messages ("user", "role").
    pub fn parse(what: &str, raw: &str) -> Result<Name> {
        if raw.is_empty() {
            return Err(Error::invalid(format!("{what} name is empty")));
        }
        if raw.len() > NAME_MAX {
            return Err(Error::invalid(format!(
                "{what} name `{raw}` is longer than {NAME_MAX} characters"
            )));
        }
        if let Some(bad) = raw
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-')))
        {
            return Err(Error::invalid(format!(
                "{what} name `{raw}` contains `{bad}`: only letters, digits and . _ @ - are allowed"
            )));
        }
        Ok(Name(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One of the 30 categories of the catalogue (an index into `CATALOGUE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Category(u8);

impl Category {
    pub fn parse(raw: &str) -> Result<Category> {
        CATALOGUE
            .iter()
            .position(|c| c.name == raw)
            .and_then(|i| u8::try_from(i).ok())
            .map(Category)
            .ok_or_else(|| {
                Error::invalid(format!("unknown category `{raw}`"))
                    .with_hint("`flowsec perms catalogue` lists the categories")
            })
    }

    pub fn all() -> impl Iterator<Item = Category> {
        (0..CATALOGUE.len()).filter_map(|i| u8::try_from(i).ok().map(Category))
    }

    pub fn def(self) -> &'static CategoryDef {
        &CATALOGUE[usize::from(self.0)]
    }

    pub fn name(self) -> &'static str {
        self.def().name
    }

    pub fn index(self) -> u8 {
        self.0
    }

    pub fn actions(self, level: Level) -> &'static [ActionDef] {
        match level {
            Level::General => self.def().general,
            Level::Item => self.def().item,
        }
    }

    /// The index of `action` at `level`, or an error listing what the category has.
    pub fn action_index(self, level: Level, action: &str) -> Result<u8> {
        let actions = self.actions(level);
        if let Some(i) = actions.iter().position(|a| a.name == action) {
            return u8::try_from(i).map_err(|_| Error::invalid("catalogue too large"));
        }
        let level_name = level.as_str();
        let message = if actions.is_empty() {
            format!(
                "category `{}` has no {level_name} actions (so no `{action}`)",
                self.name()
            )
        } else {
            format!(
                "category `{}` has no {level_name} action `{action}` (it has: {})",
                self.name(),
                action_names(actions)
            )
        };
        Err(Error::invalid(message).with_hint(format!(
            "`flowsec perms catalogue {}` lists its actions",
            self.name()
        )))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn action_names(actions: &[ActionDef]) -> String {
    actions
        .iter()
        .map(|a| a.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// General permissions concern a whole category; item permissions one item in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    General,
    Item,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::General => "general",
            Level::Item => "item",
        }
    }
}

/// `CATEGORY` or `CATEGORY/ITEM`; the item name is everything after the first `/`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Target {
    pub category: Category,
    pub item: Option<String>,
}

impl Target {
    pub fn parse(raw: &str) -> Result<Target> {
        let (category, item) = match raw.split_once('/') {
            Some((category, item)) => (category, Some(item)),
            None => (raw, None),
        };
        if category.is_empty() {
            return Err(Error::invalid(format!(
                "`{raw}` is not a target: expected CATEGORY or CATEGORY/ITEM"
            )));
        }
        let category = Category::parse(category)?;
        let item = match item {
            Some(name) => Some(item_name(raw, name)?),
            None => None,
        };
        Ok(Target { category, item })
    }

    /// Parses a target that must name an item (`CATEGORY/ITEM`).
    pub fn parse_item(raw: &str) -> Result<Target> {
        let target = Target::parse(raw)?;
        if target.item.is_none() {
            return Err(Error::invalid(format!(
                "`{raw}` names a category, not an item: expected CATEGORY/ITEM"
            )));
        }
        if target.category.def().item.is_empty() {
            return Err(Error::invalid(format!(
                "category `{}` has no items (it has no item actions)",
                target.category
            )));
        }
        Ok(target)
    }

    pub fn level(&self) -> Level {
        if self.item.is_some() {
            Level::Item
        } else {
            Level::General
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}/{}", self.category, item),
            None => write!(f, "{}", self.category),
        }
    }
}

/// "item name in `TARGET`", for errors: the target escaped only when one is shown.
struct ItemNameIn<'a>(&'a str);

impl fmt::Display for ItemNameIn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "item name in `{}`", text::printable(self.0))
    }
}

/// An item name as it is kept: not empty, not padded, free of control, bidi and
/// invisible characters, and composed (NFC).
fn item_name(raw: &str, name: &str) -> Result<String> {
    let what = ItemNameIn(raw);
    if name.is_empty() {
        return Err(Error::invalid(format!("`{raw}` has an empty item name")));
    }
    if name.trim() != name {
        return Err(Error::invalid(format!(
            "{what} starts or ends with white space"
        )));
    }
    let name = text::normalized_name(&what, name, ITEM_NAME_MAX)?;
    if name.len() > ITEM_NAME_MAX {
        return Err(Error::invalid(format!(
            "{what} is longer than {ITEM_NAME_MAX} bytes"
        )));
    }
    Ok(name)
}

/// `TARGET:ACTION`, split at the last `:`; the action exists at the target's level.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Permission {
    pub target: Target,
    action: u8,
}

impl Permission {
    pub fn parse(raw: &str) -> Result<Permission> {
        let Some((target, action)) = raw.rsplit_once(':') else {
            return Err(Error::invalid(format!(
                "`{raw}` is not a permission: expected TARGET:ACTION, e.g. `repositories/Samples:run`"
            )));
        };
        if action.is_empty() {
            return Err(Error::invalid(format!("`{raw}` has no action after `:`")));
        }
        Permission::new(Target::parse(target)?, action)
    }

    pub fn new(target: Target, action: &str) -> Result<Permission> {
        let action = target.category.action_index(target.level(), action)?;
        Ok(Permission { target, action })
    }

    /// Every permission of the catalogue at `target`'s level.
    pub fn all_at(target: &Target) -> impl Iterator<Item = Permission> + '_ {
        let count = target.category.actions(target.level()).len();
        (0..count).filter_map(move |i| {
            u8::try_from(i).ok().map(|action| Permission {
                target: target.clone(),
                action,
            })
        })
    }

    pub fn category(&self) -> Category {
        self.target.category
    }

    pub fn item(&self) -> Option<&str> {
        self.target.item.as_deref()
    }

    pub fn level(&self) -> Level {
        self.target.level()
    }

    pub fn action_index(&self) -> u8 {
        self.action
    }

    pub fn action(&self) -> &'static str {
        self.target.category.actions(self.level())[usize::from(self.action)].name
    }
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.target, self.action())
    }
}

impl serde::Serialize for Permission {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl serde::Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl serde::Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(raw: &str) -> String {
        match Permission::parse(raw) {
            Ok(p) => panic!("`{raw}` parsed as {p}"),
            Err(e) => e.message().to_string(),
        }
    }

    #[test]
    fn parses_general_and_item_permissions() {
        let p = Permission::parse("repositories:create").unwrap();
        assert_eq!(p.category().name(), "repositories");
        assert_eq!(p.item(), None);
        assert_eq!(p.action(), "create");
        assert_eq!(p.level(), Level::General);

        let p = Permission::parse("repositories/Samples:run").unwrap();
        assert_eq!(p.item(), Some("Samples"));
        assert_eq!(p.action(), "run");
        assert_eq!(p.level(), Level::Item);
    }

    #[test]
    fn item_names_keep_slashes_colons_and_spaces() {
        let p = Permission::parse("services/Data Download:full-access").unwrap();
        assert_eq!(p.item(), Some("Data Download"));
        let p = Permission::parse("resources/a/b:c d:list").unwrap();
        assert_eq!(p.item(), Some("a/b:c d"));
        assert_eq!(p.action(), "list");
        assert_eq!(p.to_string(), "resources/a/b:c d:list");
    }

    #[test]
    fn display_round_trips() {
        for raw in [
            "security:manage",
            "services/Data Download:full-access",
            "schedules/nightly:full-access",
        ] {
            assert_eq!(Permission::parse(raw).unwrap().to_string(), raw);
        }
    }

    #[test]
    fn notation_errors_are_specific() {
        assert!(err("repositories").contains("expected TARGET:ACTION"));
        assert!(err("repositories:").contains("no action"));
        assert!(err(":run").contains("not a target"));
        assert!(err("nope:access").contains("unknown category `nope`"));
        assert!(err("repositories:run").contains("no general action `run`"));
        assert!(err("repositories/Samples:create").contains("no item action `create`"));
        assert!(err("analytics/x:access").contains("has no item actions"));
        assert!(err("repositories/:run").contains("empty item name"));
        assert!(err("repositories/ x:run").contains("white space"));
        assert!(err("repositories/a\nb:run").contains("control character"));
        assert!(err("Repositories:access").contains("unknown category"));
        assert!(err("repositories:Access").contains("no general action `Access`"));
    }

    #[test]
    fn names_follow_the_rule() {
        assert!(Name::parse("user", "alice.b-c_d@x").is_ok());
        assert!(Name::parse("user", "").is_err());
        assert!(Name::parse("user", "a:b").is_err());
        assert!(Name::parse("user", "a/b").is_err());
        assert!(Name::parse("user", "a b").is_err());
        assert!(Name::parse("user", &"a".repeat(64)).is_ok());
        assert!(Name::parse("user", &"a".repeat(65)).is_err());
    }

    #[test]
    fn item_targets_need_an_item_and_an_item_level() {
        assert!(Target::parse_item("repositories/Samples").is_ok());
        assert!(Target::parse_item("repositories").is_err());
        assert!(Target::parse_item("analytics/x").is_err());
    }
}
