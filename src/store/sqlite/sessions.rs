//! Log-in session rows.

use rusqlite::{OptionalExtension, params};

use super::{Conn, Writer};
use crate::engine::UserId;
use crate::error::Result;
use crate::store::sessions::{Session, SessionReads, SessionWrites};

impl<C: Conn> SessionReads for C {
    fn session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<Session>> {
        Ok(self
            .prepare_cached(
                "SELECT s.id, u.name, s.created_at, s.last_used_at
                 FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.secret_hash = ?1",
            )?
            .query_row([secret_hash], |r| {
                Ok(Session {
                    id: r.get(0)?,
                    user: r.get(1)?,
                    created_at: r.get(2)?,
                    last_used_at: r.get(3)?,
                })
            })
            .optional()?)
    }

    fn session_exists(&self, id: i64) -> Result<bool> {
        Ok(self
            .prepare_cached("SELECT 1 FROM sessions WHERE id = ?1")?
            .exists([id])?)
    }
}

impl SessionWrites for Writer<'_> {
    fn start_session(&self, user: UserId, secret_hash: &[u8], now: i64) -> Result<i64> {
        self.execute(
            "INSERT INTO sessions (user_id, secret_hash, created_at, last_used_at)
             VALUES (?1, ?2, ?3, ?3)",
            params![user, secret_hash, now],
        )?;
        Ok(self.last_insert_rowid())
    }

    fn touch_session(&self, id: i64, now: i64) -> Result<()> {
        self.prepare_cached(
            "UPDATE sessions SET last_used_at = ?2 WHERE id = ?1 AND last_used_at < ?2",
        )?
        .execute([id, now])?;
        Ok(())
    }

    fn end_session(&self, id: i64) -> Result<bool> {
        Ok(self.execute("DELETE FROM sessions WHERE id = ?1", [id])? > 0)
    }

    fn end_session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<String>> {
        Ok(self
            .query_row(
                "DELETE FROM sessions WHERE secret_hash = ?1
                 RETURNING (SELECT name FROM users WHERE id = sessions.user_id)",
                [secret_hash],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn end_sessions_of_user(&self, user: UserId) -> Result<usize> {
        Ok(self.execute("DELETE FROM sessions WHERE user_id = ?1", [user])?)
    }

    fn end_sessions_unused_since(&self, cutoff: i64) -> Result<usize> {
        Ok(self.execute("DELETE FROM sessions WHERE last_used_at <= ?1", [cutoff])?)
    }

    fn end_sessions_with_passwords_set_before(&self, cutoff: i64) -> Result<usize> {
        Ok(self.execute(
            "DELETE FROM sessions WHERE user_id IN
               (SELECT id FROM users WHERE password_changed_at <= ?1)",
            [cutoff],
        )?)
    }
}
