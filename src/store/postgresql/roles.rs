//! Role and membership rows.

use postgres::Row;

use super::{Pg, get, ids_in_order};
use crate::engine::{RoleId, UserId};
use crate::error::Result;
use crate::store::roles::{NewRole, Role, RoleReads, RoleWrites};

const SELECT: &str = "SELECT id, name, description, superuser, builtin FROM roles";

fn from_row(r: &Row) -> Result<Role> {
    Ok(Role {
        id: get(r, 0)?,
        name: get(r, 1)?,
        description: get(r, 2)?,
        superuser: get(r, 3)?,
        builtin: get(r, 4)?,
    })
}

impl RoleReads for Pg<'_> {
    fn find_role(&self, name: &str) -> Result<Option<Role>> {
        let sql = format!("{SELECT} WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")");
        self.query_opt(&sql, &[&name])?
            .map(|r| from_row(&r))
            .transpose()
    }

    fn taken_role_names(&self, names: &[&str]) -> Result<Vec<String>> {
        self.taken_names_in("roles", names)
    }

    fn list_roles(&self) -> Result<Vec<Role>> {
        let sql = format!("{SELECT} ORDER BY lower(name COLLATE \"C\")");
        self.query(&sql, &[])?.iter().map(from_row).collect()
    }

    fn roles_of_user(&self, user: UserId) -> Result<Vec<Role>> {
        let sql = format!(
            "{SELECT} WHERE id IN (SELECT role_id FROM role_members WHERE user_id = $1)
             ORDER BY lower(name COLLATE \"C\")"
        );
        self.query(&sql, &[&user])?.iter().map(from_row).collect()
    }

    fn role_members(&self, role: RoleId) -> Result<Vec<String>> {
        self.query(
            "SELECT u.name FROM users u JOIN role_members m ON m.user_id = u.id
             WHERE m.role_id = $1 ORDER BY lower(u.name COLLATE \"C\")",
            &[&role],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }

    fn member_names(&self, role: RoleId, user: UserId) -> Result<(String, String)> {
        let r = self.query_one(
            "SELECT (SELECT name FROM roles WHERE id = $1), (SELECT name FROM users WHERE id = $2)",
            &[&role, &user],
        )?;
        Ok((get(&r, 0)?, get(&r, 1)?))
    }

    fn enabled_superusers(&self) -> Result<i64> {
        get(
            &self.query_one(
                "SELECT COUNT(DISTINCT u.id) FROM users u
                 JOIN role_members m ON m.user_id = u.id JOIN roles r ON r.id = m.role_id
                 WHERE u.enabled AND r.superuser",
                &[],
            )?,
            0,
        )
    }
}

impl RoleWrites for Pg<'_> {
    fn insert_role(&self, role: &NewRole<'_>, at: i64) -> Result<RoleId> {
        get(
            &self.query_one(
                "INSERT INTO roles (name, description, superuser, builtin, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
                &[
                    &role.name.as_str(),
                    &role.description,
                    &role.superuser,
                    &role.builtin,
                    &at,
                ],
            )?,
            0,
        )
    }

    /// One statement, whatever the count.
    fn insert_roles(&self, roles: &[NewRole<'_>], at: i64) -> Result<Vec<RoleId>> {
        let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
        let descriptions: Vec<&str> = roles.iter().map(|r| r.description).collect();
        let superusers: Vec<bool> = roles.iter().map(|r| r.superuser).collect();
        let builtins: Vec<bool> = roles.iter().map(|r| r.builtin).collect();
        let made = self.query(
            "INSERT INTO roles (name, description, superuser, builtin, created_at)
             SELECT n, d, s, b, $5
             FROM unnest($1::text[], $2::text[], $3::boolean[], $4::boolean[]) AS t(n, d, s, b)
             RETURNING name, id",
            &[&names, &descriptions, &superusers, &builtins, &at],
        )?;
        ids_in_order(&made, &names)
    }

    fn copy_role_grants(&self, from: RoleId, to: RoleId) -> Result<usize> {
        let added = self.execute(
            "INSERT INTO grants (role_id, category, item_id, action)
             SELECT $2, category, item_id, action FROM grants WHERE role_id = $1
             ON CONFLICT DO NOTHING",
            &[&from, &to],
        )?;
        Ok(usize::try_from(added).unwrap_or(usize::MAX))
    }

    fn update_role(
        &self,
        id: RoleId,
        description: Option<&str>,
        superuser: Option<bool>,
    ) -> Result<()> {
        self.execute(
            "UPDATE roles SET description = COALESCE($2, description),
                    superuser = COALESCE($3, superuser)
             WHERE id = $1",
            &[&id, &description, &superuser],
        )?;
        Ok(())
    }

    fn delete_role(&self, id: RoleId) -> Result<()> {
        self.execute("DELETE FROM roles WHERE id = $1", &[&id])?;
        Ok(())
    }

    fn insert_member(&self, role: RoleId, user: UserId) -> Result<bool> {
        Ok(self.execute(
            "INSERT INTO role_members (user_id, role_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&user, &role],
        )? > 0)
    }

    /// One statement, whatever the count.
    fn insert_members(&self, members: &[(RoleId, UserId)]) -> Result<Vec<bool>> {
        let (roles, users): (Vec<RoleId>, Vec<UserId>) = members.iter().copied().unzip();
        let inserted = self.query(
            "INSERT INTO role_members (role_id, user_id)
             SELECT * FROM unnest($1::bigint[], $2::bigint[])
             ON CONFLICT DO NOTHING RETURNING role_id, user_id",
            &[&roles, &users],
        )?;
        let mut new: std::collections::HashSet<(RoleId, UserId)> = inserted
            .iter()
            .map(|r| Ok((get(r, 0)?, get(r, 1)?)))
            .collect::<Result<_>>()?;
        Ok(members.iter().map(|member| new.remove(member)).collect())
    }

    fn delete_member(&self, role: RoleId, user: UserId) -> Result<bool> {
        Ok(self.execute(
            "DELETE FROM role_members WHERE user_id = $1 AND role_id = $2",
            &[&user, &role],
        )? > 0)
    }
}
