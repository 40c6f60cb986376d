//! The audit trail's hash chain: each record's hash covers the hash before it and the
//! record's own content, so changing, removing or moving any record breaks every hash
//! after it. Also the keyed digests that stand for sensitive values in the trail.

use hmac::{KeyInit, Mac};
use sha2::{Digest, Sha256};

pub const HASH_BYTES: usize = 32;
pub type Hash = [u8; HASH_BYTES];
/// What the first record of a trail follows.
pub const GENESIS: Hash = [0; HASH_BYTES];
/// Versions the hashed layout, so a future one can never be confused with this one.
const CHAIN_TAG: &[u8] = b"flowsec-audit-v1\0";

/// What of an audit record its hash covers: everything it holds.
#[derive(Debug, Clone, Copy)]
pub struct Content<'a> {
    pub seq: i64,
    pub at: i64,
    pub actor: &'a str,
    pub auth: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    pub outcome: &'a str,
    /// The details as stored: JSON text.
    pub details: &'a str,
}

/// The hash of the record `content` following the record hashed `prev`. Every text is
/// length-prefixed, so no two different records hash the same bytes.
pub fn link(prev: &Hash, content: &Content<'_>) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update(CHAIN_TAG);
    hasher.update(prev);
    hasher.update(content.seq.to_be_bytes());
    hasher.update(content.at.to_be_bytes());
    for text in [
        content.actor,
        content.auth,
        content.action,
        content.target,
        content.outcome,
        content.details,
    ] {
        hasher.update((text.len() as u64).to_be_bytes());
        hasher.update(text.as_bytes());
    }
    hasher.finalize().into()
}

/// How a keyed digest shows in the trail, as Vault's audit devices show theirs.
pub const HMAC_PREFIX: &str = "hmac-sha256:";

/// The keyed digest that stands for `value` in the trail: the same value always gives
/// the same digest under one key, so it can be searched for, but no one without the key
/// can tell which value it stands for.
pub fn keyed_digest(key: &[u8], value: &str) -> String {
    // HMAC takes a key of any length.
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(value.as_bytes());
    format!("{HMAC_PREFIX}{}", super::hex(&mac.finalize().into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(details: &str) -> Content<'_> {
        Content {
            seq: 1,
            at: 1_800_000_000,
            actor: "root",
            auth: "local",
            action: "user.create",
            target: "alice",
            outcome: "ok",
            details,
        }
    }

    #[test]
    fn every_field_and_the_hash_before_count() {
        let base = link(&GENESIS, &content("{}"));
        assert_ne!(base, link(&[1; 32], &content("{}")));
        assert_ne!(base, link(&GENESIS, &content("{ }")));
        assert_ne!(
            base,
            link(
                &GENESIS,
                &Content {
                    seq: 2,
                    ..content("{}")
                }
            )
        );
        assert_ne!(
            base,
            link(
                &GENESIS,
                &Content {
                    at: 1,
                    ..content("{}")
                }
            )
        );
        // Moving a character from one field to the next changes the hash.
        let moved = Content {
            actor: "roo",
            auth: "tlocal",
            ..content("{}")
        };
        assert_ne!(base, link(&GENESIS, &moved));
        assert_eq!(base, link(&GENESIS, &content("{}")));
    }

    #[test]
    fn keyed_digests_depend_on_key_and_value() {
        let a = keyed_digest(b"key one", "alice@example.com");
        assert!(a.starts_with(HMAC_PREFIX));
        assert_eq!(a.len(), HMAC_PREFIX.len() + 64);
        assert_eq!(a, keyed_digest(b"key one", "alice@example.com"));
        assert_ne!(a, keyed_digest(b"key two", "alice@example.com"));
        assert_ne!(a, keyed_digest(b"key one", "bob@example.com"));
    }
}
