//! Sending mail through the SMTP server of `email.smtp-url` (lettre): only the
//! recovery code for now.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::error::{Error, ErrorKind, Result};

/// A mail server stuck for this long fails the command rather than hang it.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Where and as whom to send mail. `credentials` come from the caller (a secret
/// setting), never from the URL.
pub struct Smtp<'a> {
    pub url: &'a str,
    pub from: &'a str,
    pub credentials: Option<Credentials>,
}

impl Smtp<'_> {
    /// Mails `code` to `to`, alone on its own line so that it is easy to copy.
    pub fn send_recovery_code(&self, to: &str, user: &str, code: &str, minutes: i64) -> Result<()> {
        let failed = |e: &dyn std::fmt::Display| {
            Error::new(ErrorKind::Io, format!("cannot send the recovery mail: {e}"))
        };
        let from: Mailbox = self.from.parse().map_err(|e| failed(&e))?;
        let to: Mailbox = to.parse().map_err(|e| failed(&e))?;
        let body = format!(
            "Someone asked to reset the flowsec password of `{user}`.\n\
             To choose a new password, give this one-time code to `flowsec auth reset {user}`:\n\
             \n\
             {code}\n\
             \n\
             The code works once and expires in {minutes} minutes.\n\
             If you did not ask for it, ignore this mail; your password stays as it is.\n"
        );
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject("flowsec password recovery code")
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| failed(&e))?;
        let mut transport = SmtpTransport::from_url(self.url)
            .map_err(|e| failed(&e))?
            .timeout(Some(TIMEOUT));
        if let Some(credentials) = &self.credentials {
            transport = transport.credentials(credentials.clone());
        }
        transport
            .build()
            .send(&message)
            .map(|_| ())
            .map_err(|e| failed(&e))
    }
}
