//! The audit signing key: an Ed25519 key kept in a private file beside the key file,
//! never in the store, so that whoever can rewrite the store cannot sign a checkpoint
//! of what they wrote. Its public key is printable, for verifying elsewhere.

use std::fmt;
use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use ed25519_dalek::{Signer, Verifier};
use zeroize::Zeroizing;

use super::{fill_random, hex, unhex};
use crate::error::{Error, ErrorKind, Result};
use crate::files::{self, create_private_dir, parent_dir};

const HEADER: &str = "flowsec audit signing key v1";
pub const SIGNATURE_BYTES: usize = 64;

pub struct SigningKey(ed25519_dalek::SigningKey);

/// Never shows the key.
impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SigningKey").field(&self.public()).finish()
    }
}

/// A signing key's public half, shown as 64 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(ed25519_dalek::VerifyingKey);

impl SigningKey {
    /// Reads the signing key at `path`; `None` when there is none yet.
    pub fn load(path: &Path) -> Result<Option<SigningKey>> {
        let bytes = match fs::read(path) {
            Ok(bytes) => Zeroizing::new(bytes),
            Err(e) if e.kind() == IoKind::NotFound => return Ok(None),
            Err(e) => return Err(bad(path, &format!("cannot be read: {e}"))),
        };
        if fs::metadata(path).is_ok_and(|m| m.mode() & 0o077 != 0) {
            return Err(bad(
                path,
                "may be read by other users, who could sign checkpoints with it",
            )
            .with_hint(format!(
                "`chmod 600 {}`; checkpoints it signed since others could read it prove nothing",
                path.display()
            )));
        }
        let text = std::str::from_utf8(&bytes).map_err(|_| bad(path, "is not text"))?;
        let mut lines = text.lines();
        let mut seed = Zeroizing::new([0u8; 32]);
        match (lines.next(), lines.next().map(str::trim), lines.next()) {
            (Some(HEADER), Some(digits), None) if unhex(digits, seed.as_mut_slice()).is_some() => {
                Ok(Some(SigningKey(ed25519_dalek::SigningKey::from_bytes(
                    &seed,
                ))))
            }
            _ => Err(bad(path, "is not a flowsec audit signing key")),
        }
    }

    /// Reads the signing key at `path`, making a new one there first if there is none.
    /// Two processes making one at once end up with the same one.
    pub fn load_or_create(path: &Path) -> Result<SigningKey> {
        if let Some(key) = SigningKey::load(path)? {
            return Ok(key);
        }
        let mut seed = Zeroizing::new([0u8; 32]);
        fill_random(seed.as_mut_slice())?;
        let text = Zeroizing::new(format!("{HEADER}\n{}\n", hex(seed.as_slice())));
        create_private_dir(parent_dir(path))?;
        match files::create_new(path, text.as_bytes()) {
            Ok(()) => {}
            Err(e) if e.kind() == IoKind::AlreadyExists => {}
            Err(e) => {
                return Err(Error::io(
                    format!("cannot write the audit signing key `{}`", path.display()),
                    e,
                ));
            }
        }
        SigningKey::load(path)?.ok_or_else(|| bad(path, "vanished as it was made"))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_BYTES] {
        self.0.sign(message).to_bytes()
    }
}

impl PublicKey {
    pub fn parse(text: &str) -> Result<PublicKey> {
        let mut bytes = [0u8; 32];
        unhex(text.trim(), &mut bytes)
            .and_then(|()| ed25519_dalek::VerifyingKey::from_bytes(&bytes).ok())
            .map(PublicKey)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "`{text}` is not an audit public key: expected 64 hex digits (`flowsec audit key`)"
                ))
            })
    }

    /// Whether `signature` is this key's over `message` (strictly: no malleable forms).
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        ed25519_dalek::Signature::from_slice(signature).is_ok_and(|s| {
            self.0.verify_strict(message, &s).is_ok() && self.0.verify(message, &s).is_ok()
        })
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex(self.0.as_bytes()))
    }
}

fn bad(path: &Path, problem: &str) -> Error {
    Error::new(
        ErrorKind::Crypto,
        format!("the audit signing key `{}` {problem}", path.display()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_made_key_loads_back_and_signs_what_its_public_key_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.signing");
        assert!(SigningKey::load(&path).unwrap().is_none());
        let made = SigningKey::load_or_create(&path).unwrap();
        let again = SigningKey::load_or_create(&path).unwrap();
        assert_eq!(made.public(), again.public());
        let mode = fs::metadata(&path).unwrap().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let signature = made.sign(b"checkpoint");
        let public = PublicKey::parse(&made.public().to_string()).unwrap();
        assert!(public.verifies(b"checkpoint", &signature));
        assert!(!public.verifies(b"checkpoinT", &signature));
        assert!(!public.verifies(b"checkpoint", &signature[1..]));
    }

    #[test]
    fn a_readable_or_damaged_key_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.signing");
        SigningKey::load_or_create(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(
            SigningKey::load(&path).unwrap_err().kind(),
            ErrorKind::Crypto
        );
        fs::write(&path, "nonsense").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let e = SigningKey::load(&path).unwrap_err();
        assert!(!e.message().contains("nonsense"));
        assert!(PublicKey::parse("00").is_err());
    }
}
