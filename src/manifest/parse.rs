//! Reads a manifest's TOML into typed specs. The file is walked as a spanned tree rather
//! than deserialized, so that every problem (syntax, unknown key, wrong type, bad name,
//! permission or setting) is found with its line and reported together.

use std::collections::HashSet;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Assertion, At, ItemSpec, Manifest, Problems, RoleSpec, SettingSpec, UserSpec, path};
use crate::error::Result;
use crate::model::{Name, Permission, Target};
use crate::settings::{self, Kind};
use crate::store::{roles, users};

const SECTIONS: &str = "settings, users, roles, items or assert";
const USER_KEYS: &[&str] = &[
    "full-name",
    "email",
    "enabled",
    "sharing",
    "roles",
    "permissions",
    "password-env",
];
const ROLE_KEYS: &[&str] = &["description", "superuser", "permissions"];
const ITEM_KEYS: &[&str] = &["owner"];
const ASSERT_KEYS: &[&str] = &["user", "anonymous", "allow", "deny"];
const CASE: &str = " (names compare without case)";

/// Parses `text`, the contents of `file`. A syntax error is an error; every other problem
/// is kept in the manifest, to be reported with those a plan finds.
pub fn parse(file: &str, text: &str) -> Result<Manifest> {
    let mut reader = Reader {
        lines: text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect(),
        problems: Problems::new(file),
    };
    let (document, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        // What follows a syntax error is guessed at: report the syntax alone.
        for error in syntax {
            let line = error.span().map(|s| reader.line(s.start));
            reader
                .problems
                .add(String::new(), line, error.message().to_string());
        }
        return reader.problems.finish(Manifest::default());
    }
    let mut manifest = Manifest {
        file: file.to_string(),
        ..Manifest::default()
    };
    for (key, value) in document.get_ref() {
        let name = key.get_ref().as_ref();
        match name {
            "settings" => manifest.settings = Some(reader.settings(value)),
            // Users and roles are named without case, items with it (as in the store).
            "users" => {
                let same = |u: &UserSpec| u.name.as_str().to_ascii_lowercase();
                manifest.users = Some(reader.section(value, "users", Reader::user, same, CASE));
            }
            "roles" => {
                let same = |r: &RoleSpec| r.name.as_str().to_ascii_lowercase();
                manifest.roles = Some(reader.section(value, "roles", Reader::role, same, CASE));
            }
            "items" => {
                let same = |i: &ItemSpec| i.target.to_string();
                manifest.items = Some(reader.section(value, "items", Reader::item, same, ""));
            }
            "assert" => manifest.asserts = reader.asserts(value),
            _ => reader.problem(
                path(&[name]),
                key,
                format!("unknown section `{name}`: expected {SECTIONS}"),
            ),
        }
    }
    manifest.problems = reader.problems.list;
    Ok(manifest)
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

struct Reader {
    /// Byte offsets of the file's newlines, to turn spans into lines.
    lines: Vec<usize>,
    problems: Problems,
}

impl Reader {
    fn line(&self, offset: usize) -> usize {
        self.lines.partition_point(|&nl| nl < offset) + 1
    }

    fn problem<T>(&mut self, path: String, at: &Spanned<T>, message: impl Into<String>) {
        let line = self.line(at.span().start);
        self.problems.add(path, Some(line), message);
    }

    fn table<'v, 'i>(&mut self, path: &str, value: &'v Value<'i>) -> Option<&'v Table<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                let found = other.type_str();
                self.problem(
                    path.to_string(),
                    value,
                    format!("expected a table, found {found}"),
                );
                None
            }
        }
    }

    /// Reports the keys of `table` not in `known`.
    fn known_keys(&mut self, at: &str, table: &Table<'_>, known: &[&str]) {
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if !known.contains(&name) {
                let expected = known.join(", ");
                self.problem(
                    format!("{at}.{}", path(&[name])),
                    key,
                    format!("unknown key `{name}`: expected one of {expected}"),
                );
            }
        }
    }

    fn string(&mut self, path: String, value: &Value<'_>) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            other => {
                let found = other.type_str();
                self.problem(path, value, format!("expected a string, found {found}"));
                None
            }
        }
    }

    /// A string held to the rule the store will hold it to, checked here too so that a
    /// dry run finds what the write would refuse, with its line.
    fn text(
        &mut self,
        path: String,
        value: &Value<'_>,
        rule: fn(&str) -> crate::error::Result<()>,
    ) -> Option<String> {
        let text = self.string(path.clone(), value)?;
        if let Err(e) = rule(&text) {
            self.problem(path, value, e.message());
        }
        Some(text)
    }

    fn boolean(&mut self, path: String, value: &Value<'_>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                let found = other.type_str();
                self.problem(
                    path,
                    value,
                    format!("expected true or false, found {found}"),
                );
                None
            }
        }
    }

    /// A list of strings, each parsed by `parse`; bad elements are reported and skipped.
    fn list<T>(
        &mut self,
        path: String,
        value: &Value<'_>,
        parse: impl Fn(&str) -> Result<T>,
    ) -> Vec<At<T>> {
        let DeValue::Array(array) = value.get_ref() else {
            let found = value.get_ref().type_str();
            self.problem(
                path,
                value,
                format!("expected a list of strings, found {found}"),
            );
            return Vec::new();
        };
        let mut parsed = Vec::with_capacity(array.len());
        for element in array.iter() {
            let line = self.line(element.span().start);
            let Some(raw) = self.string(path.clone(), element) else {
                continue;
            };
            match parse(&raw) {
                Ok(value) => parsed.push(At { value, line }),
                Err(e) => self.problems.add(path.clone(), Some(line), e.message()),
            }
        }
        parsed
    }

    /// A table of named entries, each read by `entry`; two entries whose `same` keys are
    /// equal are one listed twice (`note` says how names compare).
    fn section<T>(
        &mut self,
        value: &Value<'_>,
        section: &str,
        entry: impl Fn(&mut Self, &str, &Spanned<std::borrow::Cow<'_, str>>, &Value<'_>) -> Option<T>,
        same: impl Fn(&T) -> String,
        note: &str,
    ) -> Vec<T> {
        let Some(table) = self.table(section, value) else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        let mut specs = Vec::with_capacity(table.len());
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            let at = path(&[section, name]);
            let Some(spec) = entry(self, &at, key, value) else {
                continue;
            };
            if seen.insert(same(&spec)) {
                specs.push(spec);
            } else {
                self.problem(at, key, format!("`{name}` is listed twice{note}"));
            }
        }
        specs
    }

    fn name(&mut self, what: &str, at: &str, raw: &Spanned<impl AsRef<str>>) -> Option<Name> {
        match Name::parse(what, raw.get_ref().as_ref()) {
            Ok(name) => Some(name),
            Err(e) => {
                self.problem(at.to_string(), raw, e.message());
                None
            }
        }
    }

    /// A named entry's name (`None` if it is bad) and table, its keys checked against
    /// `known`. A bad name still has its fields read, so their problems are reported too.
    fn entry<'v, 'i>(
        &mut self,
        what: &str,
        at: &str,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &'v Value<'i>,
        known: &[&str],
    ) -> Option<(Option<Name>, &'v Table<'i>)> {
        let name = self.name(what, at, key);
        let table = self.table(at, value)?;
        self.known_keys(at, table, known);
        Some((name, table))
    }

    fn user(
        &mut self,
        at: &str,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Value<'_>,
    ) -> Option<UserSpec> {
        let (name, table) = self.entry("user", at, key, value, USER_KEYS)?;
        let field = |k: &str| format!("{at}.{k}");
        let (mut full_name, mut email, mut enabled, mut sharing) = (None, None, None, None);
        let (mut roles, mut permissions, mut password_env) = (Vec::new(), Vec::new(), None);
        for (k, v) in table {
            match k.get_ref().as_ref() {
                "full-name" => full_name = self.text(field("full-name"), v, users::check_full_name),
                "email" => email = self.text(field("email"), v, users::validate_email),
                "enabled" => enabled = self.boolean(field("enabled"), v),
                "sharing" => sharing = self.boolean(field("sharing"), v),
                "roles" => roles = self.list(field("roles"), v, |r| Name::parse("role", r)),
                "permissions" => {
                    permissions = self.list(field("permissions"), v, Permission::parse)
                }
                "password-env" => {
                    let line = self.line(v.span().start);
                    password_env = self
                        .string(field("password-env"), v)
                        .map(|value| At { value, line });
                }
                _ => {}
            }
        }
        Some(UserSpec {
            name: name?,
            full_name,
            email,
            enabled,
            sharing,
            roles,
            permissions,
            password_env,
        })
    }

    fn role(
        &mut self,
        at: &str,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Value<'_>,
    ) -> Option<RoleSpec> {
        let (name, table) = self.entry("role", at, key, value, ROLE_KEYS)?;
        let field = |k: &str| format!("{at}.{k}");
        let (mut description, mut superuser, mut permissions) = (None, None, Vec::new());
        for (k, v) in table {
            match k.get_ref().as_ref() {
                "description" => {
                    description = self.text(field("description"), v, roles::check_description)
                }
                "superuser" => superuser = self.boolean(field("superuser"), v),
                "permissions" => {
                    permissions = self.list(field("permissions"), v, Permission::parse)
                }
                _ => {}
            }
        }
        Some(RoleSpec {
            name: name?,
            description,
            superuser,
            permissions,
        })
    }

    fn item(
        &mut self,
        at: &str,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Value<'_>,
    ) -> Option<ItemSpec> {
        let target = match Target::parse_item(key.get_ref()) {
            Ok(target) => Some(target),
            Err(e) => {
                self.problem(at.to_string(), key, e.message());
                None
            }
        };
        let table = self.table(at, value)?;
        self.known_keys(at, table, ITEM_KEYS);
        let mut owner = None;
        if let Some((k, v)) = table.get_key_value("owner") {
            let at = format!("{at}.owner");
            let line = self.line(k.span().start);
            owner = self
                .string(at.clone(), v)
                .and_then(|raw| match Name::parse("user", &raw) {
                    Ok(value) => Some(At { value, line }),
                    Err(e) => {
                        self.problems.add(at, Some(line), e.message());
                        None
                    }
                });
        }
        Some(ItemSpec {
            target: target?,
            line: self.line(key.span().start),
            owner,
        })
    }

    fn settings(&mut self, value: &Value<'_>) -> Vec<SettingSpec> {
        let Some(table) = self.table("settings", value) else {
            return Vec::new();
        };
        let mut specs = Vec::new();
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            let at = path(&["settings", name]);
            let known = match settings::key(name) {
                Ok(known) => known,
                Err(e) => {
                    self.problem(
                        at,
                        key,
                        format!("{}: `flowsec settings show` lists them", e.message()),
                    );
                    continue;
                }
            };
            if let Kind::Secret = known.kind {
                self.problem(
                    at,
                    key,
                    format!(
                        "`{name}` is a secret and is never kept in a manifest: set it with \
                         `flowsec settings set {name} --value-stdin`"
                    ),
                );
                continue;
            }
            // Numbers and switches may be written as TOML integers and booleans.
            let raw = match value.get_ref() {
                DeValue::String(s) => s.to_string(),
                // `as_str` is the digits without the radix prefix: `0x10` reads as `10`.
                DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                    Ok(n) => n.to_string(),
                    Err(_) => {
                        self.problem(at, value, format!("`{i}` is too large a number"));
                        continue;
                    }
                },
                DeValue::Boolean(on) => if *on { "on" } else { "off" }.to_string(),
                other => {
                    let found = other.type_str();
                    self.problem(
                        at,
                        value,
                        format!("expected {}, found {found}", known.kind.describe()),
                    );
                    continue;
                }
            };
            match settings::check(name, &raw) {
                Ok(()) => specs.push(SettingSpec {
                    key: known.name,
                    value: raw,
                }),
                Err(e) => self.problem(at, value, e.message()),
            }
        }
        specs
    }

    fn asserts(&mut self, value: &Value<'_>) -> Vec<Assertion> {
        let DeValue::Array(array) = value.get_ref() else {
            self.problem("assert".into(), value, "expected [[assert]] tables");
            return Vec::new();
        };
        let mut asserts = Vec::new();
        for (i, element) in array.iter().enumerate() {
            let at = format!("assert[{}]", i + 1);
            let Some(table) = self.table(&at, element) else {
                continue;
            };
            self.known_keys(&at, table, ASSERT_KEYS);
            // The first key's line: the span of an array-of-tables element starts before
            // its header.
            let start =
                (table.keys().map(|k| k.span().start).min()).unwrap_or(element.span().start);
            let line = self.line(start);
            let field = |k: &str| format!("{at}.{k}");
            let user = table.get("user").and_then(|v| {
                let raw = self.string(field("user"), v)?;
                match Name::parse("user", &raw) {
                    Ok(name) => Some(name),
                    Err(e) => {
                        self.problem(field("user"), v, e.message());
                        None
                    }
                }
            });
            let anonymous = table
                .get("anonymous")
                .and_then(|v| self.boolean(field("anonymous"), v))
                .unwrap_or(false);
            let mut list = |k: &str| {
                table
                    .get(k)
                    .map(|v| self.list(field(k), v, Permission::parse))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| p.value)
                    .collect::<Vec<_>>()
            };
            let (allow, deny) = (list("allow"), list("deny"));
            let subjects = usize::from(table.contains_key("user")) + usize::from(anonymous);
            if subjects != 1 {
                self.problems.add(
                    at.clone(),
                    Some(line),
                    "expected either `user = \"NAME\"` or `anonymous = true`",
                );
            }
            if allow.is_empty()
                && deny.is_empty()
                && !table.contains_key("allow")
                && !table.contains_key("deny")
            {
                self.problems
                    .add(at, Some(line), "expected `allow` or `deny` permissions");
                continue;
            }
            if subjects == 1 && (user.is_some() || anonymous) {
                asserts.push(Assertion {
                    line,
                    user,
                    allow,
                    deny,
                });
            }
        }
        asserts
    }
}
