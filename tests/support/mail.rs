//! An SMTP server on 127.0.0.1 for the recovery tests (mailin-embedded), keeping every
//! message it receives.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use super::support::Env;

/// An SMTP server on 127.0.0.1 that keeps every message it receives.
#[derive(Clone)]
struct Sink {
    delivered: Arc<Mutex<Vec<String>>>,
    message: Vec<u8>,
}

impl mailin_embedded::Handler for Sink {
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.message.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        let message = String::from_utf8_lossy(&std::mem::take(&mut self.message)).into_owned();
        self.delivered.lock().unwrap().push(message);
        mailin_embedded::response::OK
    }
}

pub struct MailServer {
    url: String,
    delivered: Arc<Mutex<Vec<String>>>,
}

impl MailServer {
    pub fn start() -> MailServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("smtp://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let delivered = Arc::new(Mutex::new(Vec::new()));
        let mut server = mailin_embedded::Server::new(Sink {
            delivered: delivered.clone(),
            message: Vec::new(),
        });
        server
            .with_name("sink.test")
            .with_ssl(mailin_embedded::SslConfig::None)
            .unwrap()
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        MailServer { url, delivered }
    }

    pub fn configure(&self, env: &Env) {
        env.ok(&["settings", "set", "email.smtp-url", &self.url]);
        env.ok(&[
            "settings",
            "set",
            "email.from",
            "Flowsec <flowsec@example.com>",
        ]);
    }

    pub fn count(&self) -> usize {
        self.delivered.lock().unwrap().len()
    }

    /// The last message and the code alone on its own line in it.
    pub fn last_code(&self) -> (String, String) {
        let mail = self
            .delivered
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("no mail");
        let code = mail
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .find(|l| l.len() == 32 && l.bytes().all(|b| b.is_ascii_hexdigit()))
            .unwrap_or_else(|| panic!("no code line in {mail}"))
            .to_string();
        (mail, code)
    }
}
