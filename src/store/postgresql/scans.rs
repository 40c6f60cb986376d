//! Whole-table reads: the fact cache's, the manifest's and `db copy`'s.

use postgres::Row;
use postgres::types::{ToSql, Type};

use super::{Pg, get, grant_set};
use crate::engine::{GrantKey, GrantSet, ItemId, RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::{Category, Permission, Target};
use crate::store::copy::{self, Cell, CopyReads, CopyWrites};
use crate::store::facts::{FactReads, GrantsTo};
use crate::store::scan::{ItemState, RoleState, ScanReads, UserState};
use crate::store::{grants, users};

fn category(r: &Row, index: usize) -> Result<Category> {
    Category::parse(&get::<String>(r, index)?).map_err(grants::damaged)
}

impl FactReads for Pg<'_> {
    fn fact_user(&self, name: &str) -> Result<Option<(UserId, String, bool)>> {
        self.query_opt(
            "SELECT id, name, enabled FROM users
             WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")",
            &[&name],
        )?
        .map(|r| Ok((get(&r, 0)?, get(&r, 1)?, get(&r, 2)?)))
        .transpose()
    }

    fn fact_user_roles(&self, user: UserId) -> Result<Vec<RoleId>> {
        self.query(
            "SELECT role_id FROM role_members WHERE user_id = $1 ORDER BY role_id",
            &[&user],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }

    fn fact_user_grants(&self, user: UserId) -> Result<GrantSet> {
        grant_set(&self.query(
            "SELECT category, item_id, action FROM grants WHERE user_id = $1",
            &[&user],
        )?)
    }

    fn fact_role(&self, role: RoleId) -> Result<(String, bool)> {
        let r = self.query_one("SELECT name, superuser FROM roles WHERE id = $1", &[&role])?;
        Ok((get(&r, 0)?, get(&r, 1)?))
    }

    fn fact_role_general_grants(&self, role: RoleId) -> Result<Vec<GrantKey>> {
        self.query(
            "SELECT category, action FROM grants WHERE role_id = $1 AND item_id IS NULL",
            &[&role],
        )?
        .iter()
        .map(|r| grants::key(&get::<String>(r, 0)?, None, &get::<String>(r, 1)?))
        .collect()
    }

    fn fact_item(&self, category: Category, name: &str) -> Result<Option<(ItemId, UserId)>> {
        self.query_opt(
            "SELECT id, owner_id FROM items WHERE category = $1 AND name = $2",
            &[&category.name(), &name],
        )?
        .map(|r| Ok((get(&r, 0)?, get(&r, 1)?)))
        .transpose()
    }

    fn fact_item_role_grants(&self, item: ItemId, category: Category) -> Result<Vec<(RoleId, u8)>> {
        self.query(
            "SELECT role_id, action FROM grants WHERE item_id = $1 AND role_id IS NOT NULL",
            &[&item],
        )?
        .iter()
        .map(|r| {
            let action = grants::key_in(category, Some(item), &get::<String>(r, 1)?)?.action;
            Ok((get(r, 0)?, action))
        })
        .collect()
    }

    fn fact_record_bound(&self) -> Result<usize> {
        let records: i64 = get(
            &self.query_one(
                "SELECT COALESCE((SELECT max(id) FROM users), 0)
                      + COALESCE((SELECT max(id) FROM items), 0)
                      + COALESCE((SELECT max(id) FROM grants), 0)",
                &[],
            )?,
            0,
        )?;
        Ok(usize::try_from(records).unwrap_or(usize::MAX))
    }

    fn scan_fact_roles(
        &self,
        each: &mut dyn FnMut(RoleId, &str, bool) -> Result<()>,
    ) -> Result<()> {
        for r in self.query("SELECT id, name, superuser FROM roles ORDER BY id", &[])? {
            each(get(&r, 0)?, get(&r, 1)?, get(&r, 2)?)?;
        }
        Ok(())
    }

    fn scan_fact_grants(
        &self,
        to: GrantsTo,
        each: &mut dyn FnMut(i64, GrantKey) -> Result<()>,
    ) -> Result<()> {
        let sql = match to {
            GrantsTo::Users => {
                "SELECT user_id, category, item_id, action FROM grants
                 WHERE user_id IS NOT NULL ORDER BY user_id"
            }
            GrantsTo::Roles => {
                "SELECT role_id, category, item_id, action FROM grants
                 WHERE role_id IS NOT NULL ORDER BY role_id"
            }
        };
        for r in self.query(sql, &[])? {
            let key = grants::key_in(category(&r, 1)?, get(&r, 2)?, &get::<String>(&r, 3)?)?;
            each(get(&r, 0)?, key)?;
        }
        Ok(())
    }

    fn scan_fact_items(
        &self,
        each: &mut dyn FnMut(ItemId, Category, &str, UserId) -> Result<()>,
    ) -> Result<()> {
        for r in self.query(
            "SELECT id, category, name, owner_id FROM items ORDER BY id",
            &[],
        )? {
            each(get(&r, 0)?, category(&r, 1)?, get(&r, 2)?, get(&r, 3)?)?;
        }
        Ok(())
    }

    fn scan_fact_users(
        &self,
        each: &mut dyn FnMut(UserId, &str, bool) -> Result<()>,
    ) -> Result<()> {
        for r in self.query("SELECT id, name, enabled FROM users ORDER BY id", &[])? {
            each(get(&r, 0)?, get(&r, 1)?, get(&r, 2)?)?;
        }
        Ok(())
    }

    fn scan_fact_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()> {
        for r in self.query(
            "SELECT user_id, role_id FROM role_members ORDER BY user_id, role_id",
            &[],
        )? {
            each(get(&r, 0)?, get(&r, 1)?);
        }
        Ok(())
    }

    fn who_might_hold(&self, permission: &Permission, item: Option<ItemId>) -> Result<Vec<String>> {
        self.query(
            "SELECT name FROM users WHERE enabled AND (
                id IN (SELECT m.user_id FROM role_members m JOIN roles r ON r.id = m.role_id
                       WHERE r.superuser)
             OR id IN (SELECT m.user_id FROM role_members m JOIN grants g ON g.role_id = m.role_id
                       WHERE g.category = $1 AND g.action = $2
                         AND g.item_id IS NOT DISTINCT FROM $3)
             OR id IN (SELECT user_id FROM grants
                       WHERE category = $1 AND action = $2 AND item_id IS NOT DISTINCT FROM $3)
             OR id = (SELECT owner_id FROM items WHERE id = $3))
             ORDER BY lower(name COLLATE \"C\")",
            &[&permission.category().name(), &permission.action(), &item],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }
}

impl ScanReads for Pg<'_> {
    fn scan_roles(&self) -> Result<Vec<RoleState>> {
        self.query(
            "SELECT id, name, description, superuser, builtin FROM roles",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(RoleState {
                id: get(r, 0)?,
                name: get(r, 1)?,
                description: get(r, 2)?,
                superuser: get(r, 3)?,
                builtin: get(r, 4)?,
                grants: Vec::new(),
            })
        })
        .collect()
    }

    fn scan_users(&self) -> Result<Vec<UserState>> {
        self.query(
            "SELECT id, name, full_name, email, enabled, sharing, source = $1 FROM users",
            &[&users::LOCAL],
        )?
        .iter()
        .map(|r| {
            Ok(UserState {
                id: get(r, 0)?,
                name: get(r, 1)?,
                full_name: get(r, 2)?,
                email: get(r, 3)?,
                enabled: get(r, 4)?,
                sharing: get(r, 5)?,
                local: get(r, 6)?,
                roles: Vec::new(),
                grants: Vec::new(),
            })
        })
        .collect()
    }

    fn scan_items(&self) -> Result<Vec<ItemState>> {
        self.query("SELECT id, category, name, owner_id FROM items", &[])?
            .iter()
            .map(|r| {
                Ok(ItemState {
                    id: get(r, 0)?,
                    target: Target {
                        category: category(r, 1)?,
                        item: Some(get(r, 2)?),
                    },
                    owner: get(r, 3)?,
                })
            })
            .collect()
    }

    fn scan_memberships(&self, each: &mut dyn FnMut(UserId, RoleId)) -> Result<()> {
        for r in self.query("SELECT user_id, role_id FROM role_members", &[])? {
            each(get(&r, 0)?, get(&r, 1)?);
        }
        Ok(())
    }

    fn scan_grants(
        &self,
        item_name: &dyn Fn(ItemId) -> Option<String>,
        each: &mut dyn FnMut(Option<UserId>, Option<RoleId>, Permission),
    ) -> Result<()> {
        for r in self.query(
            "SELECT user_id, role_id, category, item_id, action FROM grants",
            &[],
        )? {
            let item: Option<ItemId> = get(&r, 3)?;
            let permission = grants::from_row(
                &get::<String>(&r, 2)?,
                item.and_then(item_name),
                &get::<String>(&r, 4)?,
            )?;
            each(get(&r, 0)?, get(&r, 1)?, permission);
        }
        Ok(())
    }
}

/// `table`, checked to be one of the store's.
fn known(table: &str) -> Result<&'static str> {
    Ok(copy::table(table)?.0)
}

/// Column names, quoted (`only` is a keyword of PostgreSQL's).
fn quoted(columns: &[&str]) -> String {
    let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
    quoted.join(", ")
}

/// A cell as `db copy` carries it: booleans as 0 or 1, as SQLite keeps them.
fn cell(r: &Row, index: usize) -> Result<Cell> {
    let kind = r.columns()[index].type_().clone();
    Ok(match kind {
        Type::BOOL => {
            get::<Option<bool>>(r, index)?.map_or(Cell::Null, |b| Cell::Integer(b.into()))
        }
        Type::INT4 => get::<Option<i32>>(r, index)?.map_or(Cell::Null, |n| Cell::Integer(n.into())),
        Type::INT8 => get::<Option<i64>>(r, index)?.map_or(Cell::Null, Cell::Integer),
        Type::BYTEA => get::<Option<Vec<u8>>>(r, index)?.map_or(Cell::Null, Cell::Blob),
        _ => get::<Option<String>>(r, index)?.map_or(Cell::Null, Cell::Text),
    })
}

impl CopyReads for Pg<'_> {
    fn schema_version(&self) -> Result<i64> {
        self.send_audit()?;
        get(
            &self.query_one("SELECT version FROM flowsec_schema_version", &[])?,
            0,
        )
    }

    fn count_rows(&self, table: &str) -> Result<u64> {
        self.send_audit()?;
        let count: i64 = get(
            &self.query_one(&format!("SELECT COUNT(*) FROM {}", known(table)?), &[])?,
            0,
        )?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    fn read_rows(
        &self,
        table: &str,
        columns: &[&str],
        each: &mut dyn FnMut(&[Cell]) -> Result<()>,
    ) -> Result<()> {
        self.send_audit()?;
        let sql = format!("SELECT {} FROM {}", quoted(columns), known(table)?);
        let mut row = Vec::with_capacity(columns.len());
        for r in self.query(&sql, &[])? {
            row.clear();
            for i in 0..columns.len() {
                row.push(cell(&r, i)?);
            }
            each(&row)?;
        }
        Ok(())
    }
}

/// A cell bound as the column's type wants it.
fn bound(cell: &Cell, kind: &Type) -> Result<Box<dyn ToSql + Sync>> {
    Ok(match (cell, kind) {
        (Cell::Null, _) => match *kind {
            Type::BOOL => Box::new(None::<bool>),
            Type::INT4 => Box::new(None::<i32>),
            Type::INT8 => Box::new(None::<i64>),
            Type::BYTEA => Box::new(None::<Vec<u8>>),
            _ => Box::new(None::<String>),
        },
        (Cell::Integer(n), &Type::BOOL) => Box::new(*n != 0),
        (Cell::Integer(n), &Type::INT4) => Box::new(
            i32::try_from(*n).map_err(|_| Error::invalid("a number out of its column's range"))?,
        ),
        (Cell::Integer(n), _) => Box::new(*n),
        (Cell::Text(t), _) => Box::new(t.clone()),
        (Cell::Blob(b), _) => Box::new(b.clone()),
    })
}

impl CopyWrites for Pg<'_> {
    fn clear_rows(&self, table: &str) -> Result<()> {
        self.send_audit()?;
        self.execute(&format!("DELETE FROM {}", known(table)?), &[])?;
        Ok(())
    }

    fn insert_row(&self, table: &str, columns: &[&str], row: &[Cell]) -> Result<()> {
        self.send_audit()?;
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            known(table)?,
            quoted(columns),
            marks.join(", ")
        );
        let statement = self.session.statement(&sql)?;
        let values = row
            .iter()
            .zip(statement.params())
            .map(|(cell, kind)| bound(cell, kind))
            .collect::<Result<Vec<_>>>()?;
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
        self.execute(&sql, &params)?;
        Ok(())
    }

    /// One `COPY … FROM STDIN`, in its text format.
    fn insert_rows(&self, table: &str, columns: &[&str], rows: &[Vec<Cell>]) -> Result<()> {
        self.send_audit()?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut data = Vec::with_capacity(rows.len() * 64);
        for row in rows {
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    data.push(b'\t');
                }
                copy_text(cell, &mut data);
            }
            data.push(b'\n');
        }
        let sql = format!("COPY {} ({}) FROM STDIN", known(table)?, quoted(columns));
        let copied = (|| -> Result<u64> {
            let mut client = self.session.client.borrow_mut();
            let mut writer = client.copy_in(&sql)?;
            std::io::Write::write_all(&mut writer, &data).map_err(|e| {
                crate::store::StoreError::Backend(format!("the copy was cut off: {e}"))
            })?;
            Ok(writer.finish()?)
        })();
        self.noting_failure(copied).map(drop)
    }

    fn rows_copied(&self, table: &str) -> Result<()> {
        self.send_audit()?;
        let (table, columns) = copy::table(table)?;
        if !columns.contains(&"id") {
            return Ok(());
        }
        // Ids copied in move the table's id sequence past them (tokens' ids have none).
        let sequence: Option<String> = get(
            &self.query_one("SELECT pg_get_serial_sequence($1, 'id')", &[&table])?,
            0,
        )?;
        if let Some(sequence) = sequence {
            self.execute(
                &format!(
                    "SELECT setval($1::text::regclass, GREATEST((SELECT max(id) FROM {table}), 1))"
                ),
                &[&sequence],
            )?;
        }
        Ok(())
    }
}

/// A cell as `COPY`'s text format writes it: `\N` for null, bytea as `\\x` and hex,
/// and backslashes, tabs and line ends escaped.
fn copy_text(cell: &Cell, out: &mut Vec<u8>) {
    match cell {
        Cell::Null => out.extend_from_slice(b"\\N"),
        Cell::Integer(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Cell::Text(text) => {
            for byte in text.bytes() {
                match byte {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    other => out.push(other),
                }
            }
        }
        Cell::Blob(bytes) => {
            out.extend_from_slice(b"\\\\x");
            out.extend_from_slice(crate::crypto::hex(bytes).as_bytes());
        }
    }
}
