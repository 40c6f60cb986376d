//! API token secrets: a format people and secret scanners recognise (`fsec_` prefix), 256
//! bits from the OS random source, and a checksum so a mistyped token is refused before
//! any lookup. The store keeps the public id and a SHA-256 of the secret, never the secret.

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::crypto::{fill_random, hex, sha256};
use crate::error::{Error, ErrorKind, Result};

pub const PREFIX: &str = "fsec_";
const ID_BYTES: usize = 8;
const SECRET_BYTES: usize = 32;
const CHECKSUM_BYTES: usize = 4;

/// A token just made: its public id, the secret to show once, and the hash to store.
pub struct Issued {
    pub id: String,
    pub token: Zeroizing<String>,
    pub hash: Vec<u8>,
}

/// A token as presented by a user, checked for form and checksum but not yet looked up.
pub struct Presented {
    pub id: String,
    secret: Zeroizing<Vec<u8>>,
}

/// Makes a new token from the OS random source.
pub fn issue() -> Result<Issued> {
    let mut id = [0u8; ID_BYTES];
    let mut secret = Zeroizing::new([0u8; SECRET_BYTES]);
    fill_random(&mut id)?;
    fill_random(secret.as_mut_slice())?;
    let id = hex(&id);
    let mut body = Zeroizing::new(secret.to_vec());
    body.extend_from_slice(&checksum(&id, secret.as_slice()));
    let token = Zeroizing::new(format!(
        "{PREFIX}{id}_{}",
        bs58::encode(body.as_slice()).into_string()
    ));
    Ok(Issued {
        hash: sha256(secret.as_slice()),
        id,
        token,
    })
}

impl Presented {
    /// Checks the form and the checksum; says which is wrong, never anything stored.
    pub fn parse(raw: &str) -> Result<Presented> {
        let invalid = |why: &str| {
            Error::new(ErrorKind::Auth, format!("not a valid flowsec token: {why}"))
                .with_hint("tokens look like `fsec_<id>_<secret>`; check it was copied whole")
        };
        let rest = raw
            .trim()
            .strip_prefix(PREFIX)
            .ok_or_else(|| invalid("it does not start with `fsec_`"))?;
        let (id, body) = rest
            .split_once('_')
            .ok_or_else(|| invalid("it has no id part"))?;
        if Presented::claimed_id(raw).is_none() {
            return Err(invalid("its id part is malformed"));
        }
        let body = Zeroizing::new(
            bs58::decode(body)
                .into_vec()
                .map_err(|_| invalid("its secret part is malformed"))?,
        );
        if body.len() != SECRET_BYTES + CHECKSUM_BYTES {
            return Err(invalid("its secret part has the wrong length"));
        }
        let (secret, sum) = body.split_at(SECRET_BYTES);
        if checksum(id, secret) != sum {
            return Err(invalid("its checksum does not match (a typo?)"));
        }
        Ok(Presented {
            id: id.to_ascii_lowercase(),
            secret: Zeroizing::new(secret.to_vec()),
        })
    }

    /// The id a token string claims, whatever state the rest of it is in: what the audit
    /// trail names for a token that did not authenticate.
    pub fn claimed_id(raw: &str) -> Option<String> {
        let (id, _) = raw.trim().strip_prefix(PREFIX)?.split_once('_')?;
        (id.len() == ID_BYTES * 2 && id.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| id.to_ascii_lowercase())
    }

    /// Whether the secret is the one whose hash was stored, compared in constant time.
    pub fn matches(&self, stored_hash: &[u8]) -> bool {
        sha256(&self.secret).ct_eq(stored_hash).into()
    }
}

fn checksum(id: &str, secret: &[u8]) -> [u8; CHECKSUM_BYTES] {
    let mut crc = crc32fast::Hasher::new();
    crc.update(PREFIX.as_bytes());
    crc.update(id.as_bytes());
    crc.update(secret);
    crc.finalize().to_be_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_parse_and_match_their_hash() {
        let issued = issue().unwrap();
        assert!(issued.token.starts_with("fsec_"));
        let presented = Presented::parse(&format!("  {}\n", issued.token.as_str())).unwrap();
        assert_eq!(presented.id, issued.id);
        assert!(presented.matches(&issued.hash));
        let other = issue().unwrap();
        assert_ne!(other.id, issued.id);
        assert!(!presented.matches(&other.hash));
    }

    #[test]
    fn mistyped_tokens_are_refused_by_their_checksum() {
        let issued = issue().unwrap();
        let token = issued.token.as_str();
        // Change one character of the secret part to another base58 digit.
        let last = token.len() - 1;
        let swapped = if token.ends_with('2') { '3' } else { '2' };
        let typo = format!("{}{swapped}", &token[..last]);
        let e = Presented::parse(&typo).err().unwrap();
        assert_eq!(e.kind(), ErrorKind::Auth);
        assert!(
            e.message().contains("checksum") || e.message().contains("length"),
            "{}",
            e.message()
        );
        for bad in [
            "",
            "ghp_abc",
            "fsec_",
            "fsec_zz_abc",
            "fsec_0011223344556677",
        ] {
            assert_eq!(Presented::parse(bad).err().unwrap().kind(), ErrorKind::Auth);
        }
        // The id is covered by the checksum too.
        let other_id = format!("fsec_{}{}", "0".repeat(16), &token[5 + 16..]);
        assert!(Presented::parse(&other_id).is_err());
    }
}
