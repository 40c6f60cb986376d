//! User rows.

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::engine::{RoleId, UserId};
use crate::error::Result;
use crate::store::format_time;
use crate::store::users::{Account, Changes, ListFilter, NewUser, User, UserReads, UserWrites};

// A lock that has run out shows as none (display only; decisions take `now`).
const COLUMNS: &str =
    "id, name, full_name, email, enabled, sharing, source, password_hash IS NOT NULL,
     created_at, password_changed_at, must_change_password,
     CASE WHEN locked_until > unixepoch() THEN locked_until END";

fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        name: r.get(1)?,
        full_name: r.get(2)?,
        email: r.get(3)?,
        enabled: r.get(4)?,
        sharing: r.get(5)?,
        source: r.get(6)?,
        has_password: r.get(7)?,
        created: format_time(r.get(8)?),
        password_changed: r.get::<_, Option<i64>>(9)?.map(format_time),
        must_change_password: r.get(10)?,
        locked_until: r.get::<_, Option<i64>>(11)?.map(format_time),
    })
}

impl<C: Conn> UserReads for C {
    fn find_user(&self, name: &str) -> Result<Option<User>> {
        let sql = format!("SELECT {COLUMNS} FROM users WHERE name = ?1");
        Ok(self
            .prepare_cached(&sql)?
            .query_row([name], from_row)
            .optional()?)
    }

    fn list_users(&self, filter: &ListFilter) -> Result<Vec<User>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM users
             WHERE (?1 IS NULL OR id IN (SELECT user_id FROM role_members WHERE role_id = ?1))
               AND (?2 IS NULL OR enabled = ?2)
             ORDER BY name COLLATE NOCASE"
        );
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map(params![filter.role, filter.enabled], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn users_from_source(&self, source: &str, role: Option<RoleId>) -> Result<Vec<User>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM users
             WHERE source = ?1
               AND (?2 IS NULL OR id IN (SELECT user_id FROM role_members WHERE role_id = ?2))
             ORDER BY name COLLATE NOCASE"
        );
        let mut stmt = self.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![source, role], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn account(&self, name: &str) -> Result<Option<Account>> {
        Ok(self
            .prepare_cached(
                "SELECT id, name, enabled, source, password_hash, password_changed_at,
                        must_change_password, locked_until
                 FROM users WHERE name = ?1",
            )?
            .query_row([name], |r| {
                Ok(Account {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    enabled: r.get(2)?,
                    source: r.get(3)?,
                    password_hash: r.get(4)?,
                    password_changed_at: r.get(5)?,
                    must_change_password: r.get(6)?,
                    locked_until: r.get(7)?,
                })
            })
            .optional()?)
    }

    fn password_hash(&self, id: UserId) -> Result<Option<String>> {
        Ok(
            self.query_row("SELECT password_hash FROM users WHERE id = ?1", [id], |r| {
                r.get(0)
            })?,
        )
    }

    fn items_owned(&self, id: UserId) -> Result<i64> {
        Ok(self.query_row(
            "SELECT COUNT(*) FROM items WHERE owner_id = ?1",
            [id],
            |r| r.get(0),
        )?)
    }
}

impl UserWrites for Writer<'_> {
    fn insert_user(&self, user: &NewUser, source: &str, at: i64) -> Result<UserId> {
        // Cached: a manifest creates thousands of users in one transaction.
        self.prepare_cached(
            "INSERT INTO users (name, full_name, email, enabled, password_hash,
                                password_changed_at, created_at, source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            user.name.as_str(),
            user.full_name,
            user.email,
            user.enabled,
            user.password_hash,
            user.password_hash.as_ref().map(|_| at),
            at,
            source
        ])?;
        Ok(self.last_insert_rowid())
    }

    fn update_user(&self, id: UserId, changes: &Changes) -> Result<()> {
        self.execute(
            "UPDATE users SET enabled = IFNULL(?2, enabled), sharing = IFNULL(?3, sharing),
                    email = IFNULL(?4, email), full_name = IFNULL(?5, full_name),
                    must_change_password = IFNULL(?6, must_change_password)
             WHERE id = ?1",
            params![
                id,
                changes.enabled,
                changes.sharing,
                changes.email,
                changes.full_name,
                changes.must_change_password
            ],
        )?;
        Ok(())
    }

    fn store_password_hash(&self, id: UserId, hash: &str, by_user: bool, now: i64) -> Result<()> {
        self.execute(
            "UPDATE users SET password_hash = ?2, password_changed_at = ?3,
                    must_change_password = must_change_password AND NOT ?4
             WHERE id = ?1",
            params![id, hash, now, by_user],
        )?;
        Ok(())
    }

    fn count_failure(&self, id: UserId, max_failures: i64, lock_until: i64) -> Result<bool> {
        let failures: i64 = self.query_row(
            "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?1
             RETURNING failed_logins",
            [id],
            |r| r.get(0),
        )?;
        if max_failures == 0 || failures < max_failures {
            return Ok(false);
        }
        self.execute(
            "UPDATE users SET failed_logins = 0, locked_until = ?2 WHERE id = ?1",
            [id, lock_until],
        )?;
        Ok(true)
    }

    fn refund_failure(&self, id: UserId, locked_it: bool, max_failures: i64) -> Result<()> {
        if locked_it {
            self.execute(
                "UPDATE users SET locked_until = NULL, failed_logins = ?2 WHERE id = ?1",
                [id, max_failures.saturating_sub(1)],
            )?;
        } else {
            self.execute(
                "UPDATE users SET failed_logins = max(failed_logins - 1, 0) WHERE id = ?1",
                [id],
            )?;
        }
        Ok(())
    }

    fn count_wrong_code(&self, id: UserId, max: i64) -> Result<bool> {
        let wrong: i64 = self.query_row(
            "UPDATE users SET wrong_codes = wrong_codes + 1 WHERE id = ?1 RETURNING wrong_codes",
            [id],
            |r| r.get(0),
        )?;
        if wrong < max {
            return Ok(false);
        }
        self.execute("UPDATE users SET wrong_codes = 0 WHERE id = ?1", [id])?;
        Ok(true)
    }

    fn clear_failures(&self, id: UserId) -> Result<bool> {
        Ok(self.execute(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, wrong_codes = 0
             WHERE id = ?1
               AND (failed_logins <> 0 OR locked_until IS NOT NULL OR wrong_codes <> 0)",
            [id],
        )? > 0)
    }

    fn upgrade_password_hash(&self, id: UserId, hash: &str) -> Result<()> {
        self.execute(
            "UPDATE users SET password_hash = ?2 WHERE id = ?1",
            params![id, hash],
        )?;
        Ok(())
    }

    fn transfer_items(&self, from: UserId, to: UserId) -> Result<()> {
        self.execute(
            "UPDATE items SET owner_id = ?2 WHERE owner_id = ?1",
            [from, to],
        )?;
        Ok(())
    }

    fn delete_user(&self, id: UserId) -> Result<()> {
        self.execute("DELETE FROM users WHERE id = ?1", [id])?;
        Ok(())
    }
}
