//! What can go wrong in a store, whatever its backend. Each backend classifies its
//! driver's failures into these; `From<StoreError> for Error` is the one place they meet
//! the command line's error kinds.

use crate::error::{Error, ErrorKind};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A record that must exist does not (a row a change expected to find).
    #[error("store: a record is missing: {0}")]
    NotFound(String),
    /// A change would break a uniqueness or reference rule of the store.
    #[error("store: the change conflicts with what is stored: {0}")]
    Conflict(String),
    /// Another process held the store's lock for longer than flowsec waits.
    #[error("the store is busy: another flowsec has held it for too long ({0})")]
    Busy(String),
    /// Whatever is at the location is not a flowsec store.
    #[error("{0} is not a flowsec store")]
    NotAStore(String),
    /// Made by a newer flowsec, whose records this one would misread.
    #[error("the store has schema version {found}, newer than this flowsec knows ({known})")]
    TooNew { found: i64, known: i64 },
    /// Anything else the backend reports.
    #[error("store: {0}")]
    Backend(String),
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Self {
        let (kind, hint) = match &err {
            StoreError::NotFound(_) => (ErrorKind::NotFound, None),
            StoreError::Conflict(_) => (ErrorKind::Conflict, None),
            StoreError::Busy(_) => (ErrorKind::Store, Some("try again once it is done")),
            StoreError::NotAStore(_) => (ErrorKind::Store, None),
            StoreError::TooNew { .. } => (ErrorKind::Store, Some("upgrade flowsec")),
            StoreError::Backend(_) => (ErrorKind::Store, None),
        };
        let error = Error::new(kind, err.to_string());
        match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
