//! The one table of setting keys: each key's type, default, bounds and meaning.

use crate::error::{Error, Result};
use crate::time::parse_duration;

/// What values a key takes.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// `on` or `off`.
    Switch,
    /// A whole number within the bounds.
    Integer { min: i64, max: i64 },
    /// A duration such as `30m`, `12h` or `30d`, within the bounds (seconds).
    Duration { min: i64, max: i64 },
    /// An `smtp://` or `smtps://` URL without credentials.
    SmtpUrl,
    /// An address, optionally with a display name: `Flowsec <noreply@example.com>`.
    Mailbox,
    /// A line of text, such as a user name.
    Text,
    /// A secret, kept encrypted in the secrets store and never shown: set from stdin only.
    Secret,
}

/// One setting: its name, type, default (`None`: unset) and meaning.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub default: Option<&'static str>,
    pub description: &'static str,
}

pub(super) const DAY: i64 = 86_400;

/// Every setting flowsec knows.
pub const KEYS: &[Key] = &[
    Key {
        name: "password.policy",
        kind: Kind::Switch,
        default: Some("on"),
        description: "enforce the password rules below for local users",
    },
    Key {
        name: "password.min-length",
        kind: Kind::Integer { min: 1, max: 128 },
        default: Some("8"),
        description: "fewest characters in a password",
    },
    Key {
        name: "password.require-uppercase",
        kind: Kind::Switch,
        default: Some("off"),
        description: "a password needs an upper-case letter",
    },
    Key {
        name: "password.require-lowercase",
        kind: Kind::Switch,
        default: Some("off"),
        description: "a password needs a lower-case letter",
    },
    Key {
        name: "password.require-digit",
        kind: Kind::Switch,
        default: Some("off"),
        description: "a password needs a digit",
    },
    Key {
        name: "password.require-special",
        kind: Kind::Switch,
        default: Some("off"),
        description: "a password needs a character that is not a letter or digit",
    },
    Key {
        name: "password.forbid-username",
        kind: Kind::Switch,
        default: Some("on"),
        description: "a password may not contain the user name",
    },
    Key {
        name: "password.forbid-common",
        kind: Kind::Switch,
        default: Some("on"),
        description: "a password may not be on the shipped list of common breached passwords",
    },
    Key {
        name: "password.expiry-days",
        kind: Kind::Integer { min: 0, max: 3650 },
        default: Some("0"),
        description: "a password older than this must be changed before the next log-in (0: never)",
    },
    Key {
        name: "login.max-failures",
        kind: Kind::Integer { min: 0, max: 1000 },
        default: Some("5"),
        description: "consecutive failed log-ins that lock an account (0: never)",
    },
    Key {
        name: "login.lockout-minutes",
        kind: Kind::Integer {
            min: 1,
            max: 525_600,
        },
        default: Some("15"),
        description: "how long a locked account stays locked",
    },
    Key {
        name: "session.multiple",
        kind: Kind::Switch,
        default: Some("on"),
        description: "off: a new log-in ends the user's other sessions",
    },
    Key {
        name: "session.idle-minutes",
        kind: Kind::Integer {
            min: 1,
            max: 43_200,
        },
        default: Some("30"),
        description: "a session unused this long ends",
    },
    Key {
        name: "token.default-expiry",
        kind: Kind::Duration {
            min: 60,
            max: 3650 * DAY,
        },
        default: Some("30d"),
        description: "expiry of a token created without --expires",
    },
    Key {
        name: "token.max-expiry",
        kind: Kind::Duration {
            min: 60,
            max: 3650 * DAY,
        },
        default: Some("365d"),
        description: "the longest a token may live",
    },
    Key {
        name: "email.smtp-url",
        kind: Kind::SmtpUrl,
        default: None,
        description: "mail server for recovery codes, e.g. smtps://mail.example.com:465",
    },
    Key {
        name: "email.from",
        kind: Kind::Mailbox,
        default: None,
        description: "sender of recovery mails, e.g. Flowsec <noreply@example.com>",
    },
    Key {
        name: "email.smtp-user",
        kind: Kind::Text,
        default: None,
        description: "user name for the mail server [default: the address of email.from]",
    },
    Key {
        name: "email.smtp-password",
        kind: Kind::Secret,
        default: None,
        description: "password for the mail server, kept encrypted; set it from stdin",
    },
    Key {
        name: "recovery.code-minutes",
        kind: Kind::Integer { min: 1, max: 1440 },
        default: Some("30"),
        description: "lifetime of a password-recovery code",
    },
    Key {
        name: crate::store::audit::DIGEST_EMAILS,
        kind: Kind::Switch,
        default: Some("off"),
        description: "keep email addresses in the audit trail as keyed digests (`audit hash`)",
    },
    Key {
        name: "audit.checkpoint-every",
        kind: Kind::Integer {
            min: 0,
            max: 1_000_000,
        },
        default: Some("1000"),
        description: "sign a checkpoint of the audit trail every N records (0: only by hand)",
    },
];

/// Finds a key by name; an unknown key is an input error naming the known ones.
pub fn key(name: &str) -> Result<&'static Key> {
    KEYS.iter().find(|k| k.name == name).ok_or_else(|| {
        Error::invalid(format!("unknown setting `{name}`"))
            .with_hint("`flowsec settings show` lists every setting")
    })
}

impl Kind {
    /// What the key accepts, for `settings show` and error messages.
    pub fn describe(self) -> String {
        match self {
            Kind::Switch => "on|off".into(),
            Kind::Integer { min, max } => format!("integer {min}-{max}"),
            Kind::Duration { .. } => "duration (30m, 12h, 30d)".into(),
            Kind::SmtpUrl => "smtp:// or smtps:// URL".into(),
            Kind::Mailbox => "email address".into(),
            Kind::Text => "text".into(),
            Kind::Secret => "secret (from stdin)".into(),
        }
    }
}

/// A setting's value, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Value {
    Switch(bool),
    Integer(i64),
    Text(String),
}

impl Key {
    /// Parses and checks a value for this key, naming the key in any error.
    pub(super) fn parse(&self, raw: &str) -> Result<Value> {
        let bad =
            |why: String| Error::invalid(format!("`{raw}` is not a valid `{}`: {why}", self.name));
        match self.kind {
            Kind::Switch => match raw {
                "on" => Ok(Value::Switch(true)),
                "off" => Ok(Value::Switch(false)),
                _ => Err(bad("expected `on` or `off`".into())),
            },
            Kind::Integer { min, max } => match raw.parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(Value::Integer(n)),
                _ => Err(bad(format!("expected a whole number from {min} to {max}"))),
            },
            Kind::Duration { min, max } => match parse_duration(raw) {
                Some(s) if (min..=max).contains(&s) => Ok(Value::Integer(s)),
                Some(_) => Err(bad(format!(
                    "expected from {}m to {}d",
                    min / 60,
                    max / DAY
                ))),
                None => Err(bad("expected a number and a unit: 30m, 12h or 30d".into())),
            },
            // Not quoted: a URL refused for carrying credentials would show them.
            Kind::SmtpUrl => check_smtp_url(raw)
                .map(|()| Value::Text(raw.to_string()))
                .map_err(|why| Error::invalid(format!("not a valid `{}`: {why}", self.name))),
            Kind::Mailbox => raw
                .parse::<lettre::message::Mailbox>()
                .map(|_| Value::Text(raw.to_string()))
                .map_err(|e| bad(e.to_string())),
            Kind::Text if raw.is_empty() || crate::model::text::check(&"", raw, 256).is_err() => {
                Err(bad(
                    "expected one line of at most 256 printable characters".into()
                ))
            }
            Kind::Text => Ok(Value::Text(raw.to_string())),
            // Never quote the value: it may be the secret typed in the wrong place.
            Kind::Secret => Err(Error::invalid(format!(
                "`{}` is a secret and is never given on the command line",
                self.name
            ))
            .with_hint(format!(
                "pipe it on stdin: flowsec settings set {} --value-stdin",
                self.name
            ))),
        }
    }
}

/// Mail carries recovery codes, so it travels encrypted except to this machine, and the
/// URL holds no credentials (they are secrets, not settings).
fn check_smtp_url(raw: &str) -> Result<(), String> {
    let url = url::Url::parse(raw).map_err(|e| e.to_string())?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("the URL may not carry credentials".into());
    }
    let host = url.host_str().unwrap_or_default();
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    let starttls = url
        .query_pairs()
        .any(|(k, v)| k == "tls" && v == "required");
    match url.scheme() {
        "smtps" => {}
        "smtp" if loopback || starttls => {}
        "smtp" => {
            return Err(
                "plain smtp:// is allowed only to this machine: use smtps://HOST:465 or smtp://HOST:587?tls=required"
                    .into(),
            );
        }
        other => return Err(format!("expected smtp:// or smtps://, not `{other}://`")),
    }
    lettre::SmtpTransport::from_url(raw)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
