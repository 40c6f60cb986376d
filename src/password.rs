//! Passwords: argon2id hashes (OWASP parameters, kept in the PHC string) and the policy
//! every new local password must meet, including a blocklist of common breached
//! passwords (NIST SP 800-63B 3.1.1.2).

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

/// The most common passwords of the xato corpus, as zxcvbn ships them (MIT), lower-case.
const COMMON: &str = include_str!("common-passwords.txt");

/// A hash of a random password nobody knows, with the parameters of `hasher`: checking
/// a password against it costs what checking a real one does, so refusing an unknown
/// user takes as long as refusing a wrong password.
const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$eQRu4llp5AfKpGD/KVfWBg$1eHUA8fjlHEJqhbXqhXzFMmmHsOC+em8cd6xCoCK4jA";

/// Hashes a password into an argon2id PHC string with a fresh random salt.
pub fn hash(password: &str) -> Result<String> {
    hasher()?
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::new(ErrorKind::Crypto, format!("cannot hash the password: {e}")))
}

fn parse(phc: &str) -> Result<PasswordHash> {
    PasswordHash::new(phc).map_err(|e| {
        Error::new(
            ErrorKind::Store,
            format!("a stored password hash is damaged: {e}"),
        )
    })
}

/// Whether `password` matches the PHC string; the parameters come from the string.
pub fn verify(password: &str, phc: &str) -> Result<bool> {
    Ok(hasher()?
        .verify_password(password.as_bytes(), &parse(phc)?)
        .is_ok())
}

/// Checks `password` against `phc`, or against a dummy hash of the same cost when there
/// is none, so that the time taken does not tell whether there was one.
pub fn verify_or_dummy(password: &str, phc: Option<&str>) -> Result<bool> {
    let matched = verify(password, phc.unwrap_or(DUMMY))?;
    Ok(matched && phc.is_some())
}

/// Whether a stored hash is weaker than what `hash` makes now (another algorithm, an
/// older version, less memory or fewer passes), so it should be replaced.
pub fn needs_rehash(phc: &str) -> Result<bool> {
    let parsed = parse(phc)?;
    let Ok(params) = Params::try_from(&parsed) else {
        return Ok(true);
    };
    let current = Algorithm::Argon2id.ident();
    Ok(parsed.algorithm != current
        || parsed.version != Some(Version::V0x13.into())
        || params.m_cost() < MEMORY_KIB
        || params.t_cost() < PASSES)
}

/// Whether a password is on the shipped list of common breached passwords, ignoring case.
pub fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    COMMON.lines().any(|line| line == lower)
}

type CharTest = fn(char) -> bool;

/// Shorter user names are not looked for in passwords: a one-letter name would forbid
/// every password holding that letter.
const MIN_FORBIDDEN_NAME: usize = 3;

/// The rules a new local password must meet (settings `password.*`; read them with
/// `Settings::load(conn)?.policy`).
#[derive(Debug, Clone)]
pub struct Policy {
    pub enabled: bool,
    pub min_length: usize,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_digit: bool,
    pub require_special: bool,
    pub forbid_username: bool,
    pub forbid_common: bool,
}

impl Policy {
    /// Checks a new password for `username` and hashes it: what every command that sets
    /// a password calls (`Settings::load(conn)?.policy.hash_new(name, password)`).
    pub fn hash_new(&self, username: &str, password: &str) -> Result<String> {
        self.check(username, password)?;
        hash(password)
    }

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
        if self.forbid_username
            && username.chars().count() >= MIN_FORBIDDEN_NAME
            && password.to_lowercase().contains(&username.to_lowercase())
        {
            broken.push("not contain the user name".to_string());
        }
        if self.forbid_common && is_common(password) {
            broken.push(
                "not be a commonly used password (it is on the list of breached passwords)"
                    .to_string(),
            );
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

    /// The policy of a new store's settings (`settings` checks that they agree).
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
                forbid_common: true,
            }
        }
    }

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
        assert!(
            p.check("al", "xxalxxxxxx").is_ok(),
            "short names are not searched"
        );
    }

    #[test]
    fn common_breached_passwords_are_refused_whatever_their_case() {
        let p = Policy::default();
        for common in [
            "password1",
            "PassWord1",
            "trustno1",
            "qwertyuiop",
            "1q2w3e4r5t",
        ] {
            let e = p.check("bob", common).unwrap_err();
            assert!(
                e.message().contains("commonly used"),
                "{common}: {}",
                e.message()
            );
        }
        assert!(!is_common("correct-horse-battery"));
        let off = Policy {
            forbid_common: false,
            ..Policy::default()
        };
        assert!(off.check("bob", "password1").is_ok());
    }

    #[test]
    fn every_failed_rule_is_named_at_once() {
        let p = Policy {
            require_digit: true,
            ..Policy::default()
        };
        let e = p.check("dragon", "dragon").unwrap_err();
        for rule in ["at least 8", "a digit", "user name", "commonly used"] {
            assert!(e.message().contains(rule), "{}", e.message());
        }
    }

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_does() {
        let dummy = parse(DUMMY).unwrap();
        let real = hash("anything at all").unwrap();
        let real = parse(&real).unwrap();
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.version, real.version);
        assert_eq!(dummy.params, real.params);
        assert!(!needs_rehash(DUMMY).unwrap());
        assert!(!verify_or_dummy("", None).unwrap());
    }

    fn hash_with(algorithm: Algorithm, m: u32, t: u32) -> String {
        Argon2::new(
            algorithm,
            Version::V0x13,
            Params::new(m, t, LANES, None).unwrap(),
        )
        .hash_password(b"pw")
        .unwrap()
        .to_string()
    }

    #[test]
    fn weaker_hashes_need_rehashing() {
        let weak = hash_with(Algorithm::Argon2id, 4096, 1);
        assert!(needs_rehash(&weak).unwrap());
        assert!(needs_rehash(&hash_with(Algorithm::Argon2id, MEMORY_KIB, 1)).unwrap());
        assert!(needs_rehash(&hash_with(Algorithm::Argon2i, MEMORY_KIB, PASSES)).unwrap());
        assert!(!needs_rehash(&hash("pw").unwrap()).unwrap());
        assert!(verify("pw", &weak).unwrap(), "old hashes still verify");
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
