//! Role and membership rows.

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::engine::{RoleId, UserId};
use crate::error::Result;
use crate::store::roles::{NewRole, Role, RoleReads, RoleWrites};

const COLUMNS: &str = "id, name, description, superuser, builtin";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Role> {
    Ok(Role {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        superuser: r.get(3)?,
        builtin: r.get(4)?,
    })
}

impl<C: Conn> RoleReads for C {
    fn find_role(&self, name: &str) -> Result<Option<Role>> {
        let sql = format!("SELECT {COLUMNS} FROM roles WHERE name = ?1");
        Ok(self
            .prepare_cached(&sql)?
            .query_row([name], from_row)
            .optional()?)
    }

    fn list_roles(&self) -> Result<Vec<Role>> {
        let sql = format!("SELECT {COLUMNS} FROM roles ORDER BY name COLLATE NOCASE");
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn roles_of_user(&self, user: UserId) -> Result<Vec<Role>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM roles
             WHERE id IN (SELECT role_id FROM role_members WHERE user_id = ?1)
             ORDER BY name COLLATE NOCASE"
        );
        let mut stmt = self.prepare_cached(&sql)?;
        let rows = stmt.query_map([user], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn role_members(&self, role: RoleId) -> Result<Vec<String>> {
        let mut stmt = self.prepare_cached(
            "SELECT u.name FROM users u JOIN role_members m ON m.user_id = u.id
             WHERE m.role_id = ?1 ORDER BY u.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([role], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn member_names(&self, role: RoleId, user: UserId) -> Result<(String, String)> {
        Ok(self
            .prepare_cached(
                "SELECT (SELECT name FROM roles WHERE id = ?1), (SELECT name FROM users WHERE id = ?2)",
            )?
            .query_row([role, user], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    fn enabled_superusers(&self) -> Result<i64> {
        Ok(self.query_row(
            "SELECT COUNT(DISTINCT u.id) FROM users u
             JOIN role_members m ON m.user_id = u.id JOIN roles r ON r.id = m.role_id
             WHERE u.enabled AND r.superuser",
            [],
            |r| r.get(0),
        )?)
    }
}

impl RoleWrites for Writer<'_> {
    fn insert_role(&self, role: &NewRole<'_>, at: i64) -> Result<RoleId> {
        self.prepare_cached(
            "INSERT INTO roles (name, description, superuser, builtin, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            role.name.as_str(),
            role.description,
            role.superuser,
            role.builtin,
            at
        ])?;
        Ok(self.last_insert_rowid())
    }

    fn copy_role_grants(&self, from: RoleId, to: RoleId) -> Result<usize> {
        Ok(self.execute(
            "INSERT OR IGNORE INTO grants (role_id, category, item_id, action)
             SELECT ?2, category, item_id, action FROM grants WHERE role_id = ?1",
            [from, to],
        )?)
    }

    fn update_role(
        &self,
        id: RoleId,
        description: Option<&str>,
        superuser: Option<bool>,
    ) -> Result<()> {
        self.execute(
            "UPDATE roles SET description = IFNULL(?2, description),
                    superuser = IFNULL(?3, superuser)
             WHERE id = ?1",
            params![id, description, superuser],
        )?;
        Ok(())
    }

    fn delete_role(&self, id: RoleId) -> Result<()> {
        self.execute("DELETE FROM roles WHERE id = ?1", [id])?;
        Ok(())
    }

    fn insert_member(&self, role: RoleId, user: UserId) -> Result<bool> {
        Ok(self
            .prepare_cached(
                "INSERT OR IGNORE INTO role_members (user_id, role_id) VALUES (?1, ?2)",
            )?
            .execute([user, role])?
            > 0)
    }

    fn delete_member(&self, role: RoleId, user: UserId) -> Result<bool> {
        Ok(self
            .prepare_cached("DELETE FROM role_members WHERE user_id = ?1 AND role_id = ?2")?
            .execute([user, role])?
            > 0)
    }
}
