//! Encryption of stored secrets: AES-256-GCM under keys unique to the installation, kept
//! in a key file apart from the store (`keyfile`). Every value gets a fresh random nonce and
//! is bound by associated data to its store, its row and its key, so a ciphertext copied
//! elsewhere does not decrypt.

pub mod chain;
pub mod keyfile;
pub mod sealed_file;
pub mod signing;

use std::fmt;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroizing;

use crate::error::{Error, ErrorKind, Result};

const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 12;
const KEY_ID_BYTES: usize = 8;
const STORE_ID_BYTES: usize = 16;
/// Versions the associated data, so a future layout can never be confused with this one.
const AAD_TAG: &str = "flowsec-secret-v1";

/// One key: its id (kept beside every value it encrypts), when it was made, its material.
pub struct Key {
    id: String,
    created: i64,
    material: Zeroizing<[u8; KEY_BYTES]>,
}

/// Never shows the material.
impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Key")
            .field("id", &self.id)
            .field("created", &self.created)
            .finish_non_exhaustive()
    }
}

impl Key {
    fn generate(created: i64) -> Result<Key> {
        // Filled in place, so no copy of the material is left on the stack.
        let mut material = Zeroizing::new([0u8; KEY_BYTES]);
        fill_random(material.as_mut_slice())?;
        Ok(Key {
            id: hex(&random::<KEY_ID_BYTES>()?),
            created,
            material,
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Seconds since the Unix epoch.
    pub fn created(&self) -> i64 {
        self.created
    }

    /// A digest of the key's material under `store_id`, which the store keeps to tell its
    /// key from a damaged copy; it reveals nothing of a 256-bit key.
    pub fn check_value(&self, store_id: &str) -> Vec<u8> {
        let mut input = Zeroizing::new(Vec::with_capacity(64 + KEY_BYTES));
        input.extend_from_slice(b"flowsec-key-check-v1\0");
        input.extend_from_slice(store_id.as_bytes());
        input.push(0);
        input.extend_from_slice(self.id.as_bytes());
        input.push(0);
        input.extend_from_slice(self.material.as_slice());
        sha256(&input)
    }

    fn cipher(&self) -> Result<Aes256Gcm> {
        Aes256Gcm::new_from_slice(self.material.as_slice())
            .map_err(|_| Error::new(ErrorKind::Crypto, "an encryption key has the wrong length"))
    }
}

/// The keys of one store, oldest first: the newest encrypts, every one of them decrypts.
#[derive(Debug)]
pub struct Keyring {
    store_id: String,
    keys: Vec<Key>,
}

/// What a value belongs to, authenticated with it: an item's field or a system secret.
#[derive(Debug, Clone, Copy)]
pub struct Label<'a> {
    /// The item's id in the store; `None` for a system secret.
    pub item: Option<i64>,
    pub field: &'a str,
}

/// A value as the store keeps it; the ciphertext ends with the GCM tag.
#[derive(Debug, Clone)]
pub struct Sealed {
    pub key_id: String,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Why a stored value did not decrypt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unopened {
    /// The key file lacks the key the value was encrypted with.
    UnknownKey(String),
    /// The ciphertext, its nonce or its label changed since it was written.
    Inauthentic,
}

impl fmt::Display for Unopened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unopened::UnknownKey(id) => write!(f, "its key `{id}` is not in the key file"),
            Unopened::Inauthentic => {
                f.write_str("it fails authentication: it was altered or moved from another record")
            }
        }
    }
}

impl Keyring {
    /// A keyring for a new store: a random store id and one new key.
    /// A new keyring with one key, bound to the store `store_id`.
    pub fn generate(store_id: &str, now: i64) -> Result<Keyring> {
        Ok(Keyring {
            store_id: store_id.to_string(),
            keys: vec![Key::generate(now)?],
        })
    }

    /// The id binding this keyring to its store; the store records it too.
    pub fn store_id(&self) -> &str {
        &self.store_id
    }

    /// Oldest first.
    pub fn keys(&self) -> &[Key] {
        &self.keys
    }

    /// The key new values are encrypted with.
    pub fn current(&self) -> Result<&Key> {
        self.keys
            .last()
            .ok_or_else(|| Error::new(ErrorKind::Crypto, "the key file holds no key"))
    }

    /// Adds a new key, which encrypts from now on; the older ones still decrypt.
    pub fn add_key(&mut self, now: i64) -> Result<&Key> {
        self.keys.push(Key::generate(now)?);
        self.current()
    }

    /// Drops every key but the current one that `keep` rejects; returns the ids dropped.
    /// Removes the keys with these ids, the current one included; false (and nothing
    /// removed) when that would leave no key.
    pub fn remove_keys(&mut self, ids: &[String]) -> bool {
        if self.keys.iter().all(|k| ids.contains(&k.id)) {
            return false;
        }
        self.keys.retain(|k| !ids.contains(&k.id));
        true
    }

    pub fn drop_keys(&mut self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        let last = self.keys.len().saturating_sub(1);
        let mut dropped = Vec::new();
        let mut index = 0;
        self.keys.retain(|k| {
            let kept = index == last || keep(&k.id);
            index += 1;
            if !kept {
                dropped.push(k.id.clone());
            }
            kept
        });
        dropped
    }

    /// Encrypts `plaintext` for `label` under the current key, with a fresh random nonce.
    pub fn seal(&self, label: Label<'_>, plaintext: &[u8]) -> Result<Sealed> {
        let key = self.current()?;
        let nonce = random::<NONCE_BYTES>()?;
        let aad = self.aad(label, &key.id);
        let ciphertext = key
            .cipher()?
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| Error::new(ErrorKind::Crypto, "cannot encrypt the value"))?;
        Ok(Sealed {
            key_id: key.id.clone(),
            nonce: nonce.to_vec(),
            ciphertext,
        })
    }

    /// Decrypts a stored value, which must carry the label it was sealed with.
    pub fn open(&self, label: Label<'_>, sealed: &Sealed) -> Result<Zeroizing<Vec<u8>>, Unopened> {
        let key = self
            .keys
            .iter()
            .find(|k| k.id == sealed.key_id)
            .ok_or_else(|| Unopened::UnknownKey(sealed.key_id.clone()))?;
        let nonce: [u8; NONCE_BYTES] = sealed
            .nonce
            .as_slice()
            .try_into()
            .map_err(|_| Unopened::Inauthentic)?;
        let aad = self.aad(label, &key.id);
        key.cipher()
            .map_err(|_| Unopened::Inauthentic)?
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: &sealed.ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| Unopened::Inauthentic)
    }

    /// Store, row and key, NUL-separated: none of them can hold a NUL.
    fn aad(&self, label: Label<'_>, key_id: &str) -> String {
        let owner = label
            .item
            .map_or_else(|| "system".to_string(), |id| format!("item:{id}"));
        format!(
            "{AAD_TAG}\0{}\0{owner}\0{}\0{key_id}",
            self.store_id, label.field
        )
    }
}

/// Random bytes from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    fill_random(&mut bytes)?;
    Ok(bytes)
}

/// Fills `dest` from the OS random source.
pub fn fill_random(dest: &mut [u8]) -> Result<()> {
    getrandom::fill(dest).map_err(|e| {
        Error::new(
            ErrorKind::Crypto,
            format!("the operating system gave no random bytes: {e}"),
        )
    })
}

/// Lower-case hex, for ids (key material goes through `keyfile`, which zeroizes).
/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    push_hex(&mut out, bytes);
    out
}

fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
}

/// Decodes exactly `out.len()` bytes of hex; `None` when `text` is anything else.
pub(crate) fn unhex(text: &str, out: &mut [u8]) -> Option<()> {
    let digits = text.as_bytes();
    if digits.len() != out.len() * 2 {
        return None;
    }
    let value = |d: u8| {
        char::from(d)
            .to_digit(16)
            .and_then(|v| u8::try_from(v).ok())
    };
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *byte = (value(pair[0])? << 4) | value(pair[1])?;
    }
    Some(())
}

/// What the store keeps of a high-entropy secret (a token, a session, a recovery code): a
/// plain SHA-256 suffices, as such a secret cannot be guessed.
pub fn sha256(secret: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(secret).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;
    const STORE: &str = "00112233445566778899aabbccddeeff";
    const OTHER_STORE: &str = "ffeeddccbbaa99887766554433221100";

    fn label(item: Option<i64>, field: &str) -> Label<'_> {
        Label { item, field }
    }

    #[test]
    fn values_round_trip_under_fresh_nonces() {
        let ring = Keyring::generate(STORE, NOW).unwrap();
        let l = label(Some(7), "password");
        let a = ring.seal(l, b"s3cret value").unwrap();
        let b = ring.seal(l, b"s3cret value").unwrap();
        assert_ne!(a.nonce, b.nonce);
        assert_ne!(a.ciphertext, b.ciphertext);
        assert_eq!(a.nonce.len(), 12);
        assert_eq!(a.ciphertext.len(), b"s3cret value".len() + 16);
        assert_eq!(ring.open(l, &a).unwrap().as_slice(), b"s3cret value");
        assert_eq!(ring.open(l, &b).unwrap().as_slice(), b"s3cret value");
    }

    #[test]
    fn another_label_does_not_open_a_value() {
        let ring = Keyring::generate(STORE, NOW).unwrap();
        let sealed = ring.seal(label(Some(7), "password"), b"v").unwrap();
        for other in [
            label(Some(8), "password"),
            label(Some(7), "token"),
            label(None, "password"),
        ] {
            assert_eq!(ring.open(other, &sealed), Err(Unopened::Inauthentic));
        }
        let system = ring.seal(label(None, "email.smtp-password"), b"v").unwrap();
        assert_eq!(
            ring.open(label(Some(1), "email.smtp-password"), &system),
            Err(Unopened::Inauthentic)
        );
    }

    #[test]
    fn another_key_or_store_does_not_open_a_value() {
        let ring = Keyring::generate(STORE, NOW).unwrap();
        let other = Keyring::generate(OTHER_STORE, NOW).unwrap();
        let l = label(Some(1), "password");
        let mut sealed = ring.seal(l, b"v").unwrap();
        assert_eq!(
            other.open(l, &sealed),
            Err(Unopened::UnknownKey(sealed.key_id.clone()))
        );
        // Same key id, other material and store: still refused.
        sealed.key_id = other.current().unwrap().id.clone();
        assert_eq!(other.open(l, &sealed), Err(Unopened::Inauthentic));
    }

    #[test]
    fn tampering_is_detected() {
        let ring = Keyring::generate(STORE, NOW).unwrap();
        let l = label(Some(1), "password");
        let sealed = ring.seal(l, b"value").unwrap();
        for i in 0..sealed.ciphertext.len() {
            let mut bad = Sealed {
                key_id: sealed.key_id.clone(),
                nonce: sealed.nonce.clone(),
                ciphertext: sealed.ciphertext.clone(),
            };
            bad.ciphertext[i] ^= 1;
            assert_eq!(ring.open(l, &bad), Err(Unopened::Inauthentic), "byte {i}");
        }
        let mut bad_nonce = Sealed {
            key_id: sealed.key_id.clone(),
            nonce: sealed.nonce.clone(),
            ciphertext: sealed.ciphertext.clone(),
        };
        bad_nonce.nonce[0] ^= 1;
        assert_eq!(ring.open(l, &bad_nonce), Err(Unopened::Inauthentic));
        bad_nonce.nonce.pop();
        assert_eq!(ring.open(l, &bad_nonce), Err(Unopened::Inauthentic));
    }

    #[test]
    fn new_keys_encrypt_and_old_ones_still_decrypt() {
        let mut ring = Keyring::generate(STORE, NOW).unwrap();
        let l = label(None, "x");
        let old = ring.seal(l, b"old").unwrap();
        let first = ring.current().unwrap().id.clone();
        let second = ring.add_key(NOW + 1).unwrap().id.clone();
        assert_ne!(first, second);
        let new = ring.seal(l, b"new").unwrap();
        assert_eq!(new.key_id, second);
        assert_eq!(ring.open(l, &old).unwrap().as_slice(), b"old");

        // The current key is never dropped, even when nothing asks to keep it.
        assert_eq!(ring.drop_keys(|_| false), vec![first]);
        assert_eq!(ring.keys().len(), 1);
        assert_eq!(
            ring.open(l, &old),
            Err(Unopened::UnknownKey(old.key_id.clone()))
        );
        assert_eq!(ring.open(l, &new).unwrap().as_slice(), b"new");
    }

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(hex(&bytes), "0001abff");
        let mut out = [0u8; 4];
        assert_eq!(unhex("0001ABff", &mut out), Some(()));
        assert_eq!(out, bytes);
        assert_eq!(unhex("0001abf", &mut out), None);
        assert_eq!(unhex("0001abfg", &mut out), None);
        assert_eq!(unhex("+001abff", &mut out), None);
    }
}
