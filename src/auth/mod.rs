//! Authentication: password hashing and policy, verifying passwords with lockout and
//! expiry, log-in sessions, and recovery by emailed one-time codes. Functions that
//! depend on time take `now` (seconds since the epoch) so that tests can move it.

pub mod login;
mod mail;
pub mod password;
pub mod recovery;
pub mod session;

pub use login::{Outcome, Refusal, change_password, verify};
pub use mail::Smtp;

use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorKind, Result};

/// A fresh high-entropy secret from the OS generator, as lower-case hex.
fn random_secret(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| {
        Error::new(
            ErrorKind::Crypto,
            format!("the OS random generator failed: {e}"),
        )
    })?;
    Ok(hex(&buf))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the store keeps of a high-entropy secret (a session or a recovery code): a
/// plain SHA-256 suffices, as such a secret cannot be guessed.
fn digest(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}
