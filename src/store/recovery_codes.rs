//! Password-recovery code records: the SHA-256 of each code a user was mailed, when it
//! was made and when it expires. The rules (how many, how long) are `auth::recovery`'s.

use crate::engine::UserId;
use crate::error::Result;

pub trait RecoveryCodeReads {
    /// How many codes `user` was sent after `since`, used or not.
    fn codes_sent_since(&self, user: UserId, since: i64) -> Result<i64>;
    /// The hashes of the user's codes still valid at `now`.
    fn valid_codes(&self, user: UserId, now: i64) -> Result<Vec<Vec<u8>>>;
}

pub trait RecoveryCodeWrites {
    /// Keeps a new code; first forgets the user's codes that have expired at `now` and
    /// were made at or before `made_before` (they count against no limit any more).
    fn add_code(
        &self,
        user: UserId,
        code_hash: &[u8],
        now_and_made_before: (i64, i64),
        expires_at: i64,
    ) -> Result<()>;
    /// Ends every code of the user still valid at `now`; the records stay, so they still
    /// count against the hourly limit.
    fn use_up_codes(&self, user: UserId, now: i64) -> Result<()>;
}
