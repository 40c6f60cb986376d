//! User rows.

use postgres::Row;

use super::{Pg, get, ids_in_order};
use crate::engine::{RoleId, UserId};
use crate::error::Result;
use crate::store::format_time;
use crate::store::users::{Account, Changes, ListFilter, NewUser, User, UserReads, UserWrites};

// A lock that has run out shows as none (display only; decisions take `now`).
const SELECT: &str = "SELECT id, name, full_name, email, enabled, sharing, source,
     password_hash IS NOT NULL, created_at, password_changed_at, must_change_password,
     CASE WHEN locked_until > extract(epoch FROM now())::bigint THEN locked_until END
     FROM users";

fn from_row(r: &Row) -> Result<User> {
    Ok(User {
        id: get(r, 0)?,
        name: get(r, 1)?,
        full_name: get(r, 2)?,
        email: get(r, 3)?,
        enabled: get(r, 4)?,
        sharing: get(r, 5)?,
        source: get(r, 6)?,
        has_password: get(r, 7)?,
        created: format_time(get(r, 8)?),
        password_changed: get::<Option<i64>>(r, 9)?.map(format_time),
        must_change_password: get(r, 10)?,
        locked_until: get::<Option<i64>>(r, 11)?.map(format_time),
    })
}

fn users(rows: Vec<Row>) -> Result<Vec<User>> {
    rows.iter().map(from_row).collect()
}

impl UserReads for Pg<'_> {
    fn find_user(&self, name: &str) -> Result<Option<User>> {
        let sql = format!("{SELECT} WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")");
        self.query_opt(&sql, &[&name])?
            .map(|r| from_row(&r))
            .transpose()
    }

    fn taken_names(&self, names: &[&str]) -> Result<Vec<String>> {
        self.taken_names_in("users", names)
    }

    fn list_users(&self, filter: &ListFilter) -> Result<Vec<User>> {
        let sql = format!(
            "{SELECT}
             WHERE ($1::bigint IS NULL
                    OR id IN (SELECT user_id FROM role_members WHERE role_id = $1))
               AND ($2::boolean IS NULL OR enabled = $2)
             ORDER BY lower(name COLLATE \"C\")"
        );
        users(self.query(&sql, &[&filter.role, &filter.enabled])?)
    }

    fn users_from_source(&self, source: &str, role: Option<RoleId>) -> Result<Vec<User>> {
        let sql = format!(
            "{SELECT}
             WHERE source = $1
               AND ($2::bigint IS NULL
                    OR id IN (SELECT user_id FROM role_members WHERE role_id = $2))
             ORDER BY lower(name COLLATE \"C\")"
        );
        users(self.query(&sql, &[&source, &role])?)
    }

    fn account(&self, name: &str) -> Result<Option<Account>> {
        let found = self.query_opt(
            "SELECT id, name, enabled, source, password_hash, password_changed_at,
                    must_change_password, locked_until
             FROM users WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")",
            &[&name],
        )?;
        found
            .map(|r| {
                Ok(Account {
                    id: get(&r, 0)?,
                    name: get(&r, 1)?,
                    enabled: get(&r, 2)?,
                    source: get(&r, 3)?,
                    password_hash: get(&r, 4)?,
                    password_changed_at: get(&r, 5)?,
                    must_change_password: get(&r, 6)?,
                    locked_until: get(&r, 7)?,
                })
            })
            .transpose()
    }

    fn password_hash(&self, id: UserId) -> Result<Option<String>> {
        get(
            &self.query_one("SELECT password_hash FROM users WHERE id = $1", &[&id])?,
            0,
        )
    }

    fn items_owned(&self, id: UserId) -> Result<i64> {
        get(
            &self.query_one("SELECT COUNT(*) FROM items WHERE owner_id = $1", &[&id])?,
            0,
        )
    }
}

impl UserWrites for Pg<'_> {
    fn insert_user(&self, user: &NewUser, source: &str, at: i64) -> Result<UserId> {
        let changed_at = user.password_hash.as_ref().map(|_| at);
        get(
            &self.query_one(
                "INSERT INTO users (name, full_name, email, enabled, password_hash,
                                    password_changed_at, created_at, source)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                &[
                    &user.name.as_str(),
                    &user.full_name,
                    &user.email,
                    &user.enabled,
                    &user.password_hash,
                    &changed_at,
                    &at,
                    &source,
                ],
            )?,
            0,
        )
    }

    /// One statement, whatever the count.
    fn insert_users(&self, users: &[NewUser], source: &str, at: i64) -> Result<Vec<UserId>> {
        let names: Vec<&str> = users.iter().map(|u| u.name.as_str()).collect();
        let full_names: Vec<&str> = users.iter().map(|u| u.full_name.as_str()).collect();
        let emails: Vec<&str> = users.iter().map(|u| u.email.as_str()).collect();
        let enabled: Vec<bool> = users.iter().map(|u| u.enabled).collect();
        let hashes: Vec<Option<&str>> = users.iter().map(|u| u.password_hash.as_deref()).collect();
        let made = self.query(
            "INSERT INTO users (name, full_name, email, enabled, password_hash,
                                password_changed_at, created_at, source)
             SELECT n, f, e, en, h, CASE WHEN h IS NULL THEN NULL ELSE $6::bigint END, $6::bigint, $7
             FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[])
                  AS t(n, f, e, en, h)
             RETURNING name, id",
            &[&names, &full_names, &emails, &enabled, &hashes, &at, &source],
        )?;
        ids_in_order(&made, &names)
    }

    fn update_user(&self, id: UserId, changes: &Changes) -> Result<()> {
        self.execute(
            "UPDATE users SET enabled = COALESCE($2, enabled), sharing = COALESCE($3, sharing),
                    email = COALESCE($4, email), full_name = COALESCE($5, full_name),
                    must_change_password = COALESCE($6, must_change_password)
             WHERE id = $1",
            &[
                &id,
                &changes.enabled,
                &changes.sharing,
                &changes.email,
                &changes.full_name,
                &changes.must_change_password,
            ],
        )?;
        Ok(())
    }

    fn store_password_hash(&self, id: UserId, hash: &str, by_user: bool, now: i64) -> Result<()> {
        self.execute(
            "UPDATE users SET password_hash = $2, password_changed_at = $3,
                    must_change_password = must_change_password AND NOT $4
             WHERE id = $1",
            &[&id, &hash, &now, &by_user],
        )?;
        Ok(())
    }

    fn count_failure(&self, id: UserId, max_failures: i64, lock_until: i64) -> Result<bool> {
        let failures: i64 = get(
            &self.query_one(
                "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1
                 RETURNING failed_logins",
                &[&id],
            )?,
            0,
        )?;
        if max_failures == 0 || failures < max_failures {
            return Ok(false);
        }
        self.execute(
            "UPDATE users SET failed_logins = 0, locked_until = $2 WHERE id = $1",
            &[&id, &lock_until],
        )?;
        Ok(true)
    }

    fn refund_failure(&self, id: UserId, locked_it: bool, max_failures: i64) -> Result<()> {
        if locked_it {
            self.execute(
                "UPDATE users SET locked_until = NULL, failed_logins = $2 WHERE id = $1",
                &[&id, &max_failures.saturating_sub(1)],
            )?;
        } else {
            self.execute(
                "UPDATE users SET failed_logins = GREATEST(failed_logins - 1, 0) WHERE id = $1",
                &[&id],
            )?;
        }
        Ok(())
    }

    fn count_wrong_code(&self, id: UserId, max: i64) -> Result<bool> {
        let wrong: i64 = get(
            &self.query_one(
                "UPDATE users SET wrong_codes = wrong_codes + 1 WHERE id = $1
                 RETURNING wrong_codes",
                &[&id],
            )?,
            0,
        )?;
        if wrong < max {
            return Ok(false);
        }
        self.execute("UPDATE users SET wrong_codes = 0 WHERE id = $1", &[&id])?;
        Ok(true)
    }

    fn clear_failures(&self, id: UserId) -> Result<bool> {
        Ok(self.execute(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, wrong_codes = 0
             WHERE id = $1
               AND (failed_logins <> 0 OR locked_until IS NOT NULL OR wrong_codes <> 0)",
            &[&id],
        )? > 0)
    }

    fn upgrade_password_hash(&self, id: UserId, hash: &str) -> Result<()> {
        self.execute(
            "UPDATE users SET password_hash = $2 WHERE id = $1",
            &[&id, &hash],
        )?;
        Ok(())
    }

    fn transfer_items(&self, from: UserId, to: UserId) -> Result<()> {
        self.execute(
            "UPDATE items SET owner_id = $2 WHERE owner_id = $1",
            &[&from, &to],
        )?;
        Ok(())
    }

    fn delete_user(&self, id: UserId) -> Result<()> {
        self.execute("DELETE FROM users WHERE id = $1", &[&id])?;
        Ok(())
    }
}
