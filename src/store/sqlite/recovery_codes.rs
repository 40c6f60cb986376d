//! Recovery code rows.

use rusqlite::params;

use super::{Conn, Writer};
use crate::engine::UserId;
use crate::error::Result;
use crate::store::recovery_codes::{RecoveryCodeReads, RecoveryCodeWrites};

impl<C: Conn> RecoveryCodeReads for C {
    fn codes_sent_since(&self, user: UserId, since: i64) -> Result<i64> {
        Ok(self.query_row(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?1 AND created_at > ?2",
            params![user, since],
            |r| r.get(0),
        )?)
    }

    fn valid_codes(&self, user: UserId, now: i64) -> Result<Vec<Vec<u8>>> {
        Ok(self
            .prepare_cached(
                "SELECT code_hash FROM recovery_codes WHERE user_id = ?1 AND expires_at > ?2",
            )?
            .query_map(params![user, now], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl RecoveryCodeWrites for Writer<'_> {
    fn add_code(
        &self,
        user: UserId,
        code_hash: &[u8],
        (now, made_before): (i64, i64),
        expires_at: i64,
    ) -> Result<()> {
        self.execute(
            "DELETE FROM recovery_codes
             WHERE user_id = ?1 AND expires_at <= ?2 AND created_at <= ?3",
            params![user, now, made_before],
        )?;
        self.execute(
            "INSERT INTO recovery_codes (user_id, code_hash, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![user, code_hash, now, expires_at],
        )?;
        Ok(())
    }

    fn use_up_codes(&self, user: UserId, now: i64) -> Result<()> {
        self.execute(
            "UPDATE recovery_codes SET expires_at = ?2 WHERE user_id = ?1 AND expires_at > ?2",
            params![user, now],
        )?;
        Ok(())
    }
}
