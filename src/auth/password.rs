//! Passwords: argon2id hashes (OWASP parameters, kept in the PHC string) and the policy
//! every new local password must meet.

use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, ErrorKind, Result};

/// OWASP's argon2id recommendation: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19_456;
const PASSES: u32 = 2;
const LANES: u32 = 1;

fn hasher() -> Result<Argon2<'static>> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, None)
        .map_err(|e| Error::new(ErrorKind::Crypto, format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password into an argon2id PHC string with a fresh random salt.
pub fn hash(password: &str) -> Result<String> {
    hasher()?
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::new(ErrorKind::Crypto, format!("cannot hash the password: {e}")))
}

/// Whether `password` matches the PHC string; the parameters come from the string.
pub fn verify(password: &str, phc: &str) -> Result<bool> {
    let parsed = PasswordHash::new(phc).map_err(|e| {
        Error::new(
            ErrorKind::Store,
            format!("a stored password hash is damaged: {e}"),
        )
    })?;
    Ok(hasher()?
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

type CharTest = fn(char) -> bool;

/// The rules a new local password must meet (cli.md settings `password.*`).
#[derive(Debug, Clone)]
pub struct Policy {
    pub enabled: bool,
    pub min_length: usize,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_digit: bool,
    pub require_special: bool,
    pub forbid_username: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            enabled: true,
            min_length: 8,
            require_uppercase: false,
            require_lowercase: false,
            require_digit: false,
            require_special: false,
            forbid_username: true,
        }
    }
}

impl Policy {
    /// Checks a new password for `username`, naming every rule it breaks.
    pub fn check(&self, username: &str, password: &str) -> Result<()> {
        if password.is_empty() {
            return Err(Error::invalid("the password is empty"));
        }
        if !self.enabled {
            return Ok(());
        }
        let mut broken = Vec::new();
        if password.chars().count() < self.min_length {
            broken.push(format!("have at least {} characters", self.min_length));
        }
        let rules: [(bool, CharTest, &str); 4] = [
            (
                self.require_uppercase,
                char::is_uppercase,
                "have an upper-case letter",
            ),
            (
                self.require_lowercase,
                char::is_lowercase,
                "have a lower-case letter",
            ),
            (self.require_digit, |c| c.is_ascii_digit(), "have a digit"),
            (
                self.require_special,
                |c| !c.is_alphanumeric(),
                "have a character that is not a letter or digit",
            ),
        ];
        for (required, test, what) in rules {
            if required && !password.chars().any(test) {
                broken.push(what.to_string());
            }
        }
        if self.forbid_username && password.to_lowercase().contains(&username.to_lowercase()) {
            broken.push("not contain the user name".to_string());
        }
        if broken.is_empty() {
            Ok(())
        } else {
            Err(Error::invalid(format!(
                "the password does not meet the policy: it must {}",
                broken.join("; ")
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let phc = hash("correct horse").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify("correct horse", &phc).unwrap());
        assert!(!verify("wrong horse", &phc).unwrap());
        assert_ne!(phc, hash("correct horse").unwrap(), "salts differ");
    }

    #[test]
    fn default_policy_wants_eight_characters_without_the_user_name() {
        let p = Policy::default();
        assert!(p.check("alice", "s3cret-enough").is_ok());
        let e = p.check("alice", "short").unwrap_err();
        assert!(e.message().contains("at least 8 characters"));
        let e = p.check("alice", "xxALICExx").unwrap_err();
        assert!(e.message().contains("user name"));
        assert!(p.check("alice", "").is_err());
    }

    #[test]
    fn composition_rules_are_each_named() {
        let p = Policy {
            require_uppercase: true,
            require_digit: true,
            require_special: true,
            ..Policy::default()
        };
        let e = p.check("bob", "lowercaseonly").unwrap_err();
        for rule in ["upper-case", "a digit", "not a letter or digit"] {
            assert!(e.message().contains(rule), "{}", e.message());
        }
        assert!(p.check("bob", "Upper-case-1").is_ok());
    }

    #[test]
    fn a_disabled_policy_still_refuses_empty_passwords() {
        let p = Policy {
            enabled: false,
            ..Policy::default()
        };
        assert!(p.check("bob", "x").is_ok());
        assert!(p.check("bob", "").is_err());
    }
}
