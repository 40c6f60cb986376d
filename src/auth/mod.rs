//! Authentication: password hashing and policy, verifying passwords with lockout and
//! expiry, log-in sessions, and recovery by emailed one-time codes. Functions that
//! depend on time take `now` (seconds since the epoch) so that tests can move it.

pub mod credentials;
pub mod login;
mod mail;
pub mod recovery;
pub mod session;

pub use login::{Outcome, Refusal, change_password, verify};
pub use mail::Smtp;

use crate::crypto::{fill_random, hex};
use crate::error::Result;

/// A fresh high-entropy secret from the OS generator, as lower-case hex.
fn random_secret(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    fill_random(&mut buf)?;
    Ok(hex(&buf))
}

fn digest(secret: &str) -> Vec<u8> {
    crate::crypto::sha256(secret.as_bytes())
}
