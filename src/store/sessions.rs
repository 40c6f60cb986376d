//! Log-in session records: a session's user, the SHA-256 of its secret, when it started
//! and when it was last used. What a session means (its idle time, who may still log
//! in) is `auth::session`'s business.

use crate::engine::UserId;
use crate::error::Result;

/// A session as the store keeps it, with its user's name.
pub struct Session {
    pub id: i64,
    pub user: String,
    pub created_at: i64,
    pub last_used_at: i64,
}

pub trait SessionReads {
    /// The session whose secret has this hash.
    fn session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<Session>>;
    /// Whether the session `id` is still in the store.
    fn session_exists(&self, id: i64) -> Result<bool>;
}

pub trait SessionWrites {
    /// Opens a session for `user`, used at `now`; returns its id.
    fn start_session(&self, user: UserId, secret_hash: &[u8], now: i64) -> Result<i64>;
    /// Marks the session used at `now` (never earlier than it was).
    fn touch_session(&self, id: i64, now: i64) -> Result<()>;
    /// Ends the session `id`; whether it was there.
    fn end_session(&self, id: i64) -> Result<bool>;
    /// Ends the session whose secret has this hash; its user's name, if there was one.
    fn end_session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<String>>;
    /// Ends every session of `user`; how many.
    fn end_sessions_of_user(&self, user: UserId) -> Result<usize>;
    /// Ends every session last used at or before `cutoff`; how many.
    fn end_sessions_unused_since(&self, cutoff: i64) -> Result<usize>;
    /// Ends the sessions of users whose password was set at or before `cutoff`; how many.
    fn end_sessions_with_passwords_set_before(&self, cutoff: i64) -> Result<usize>;
}
