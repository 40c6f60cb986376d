//! The LDAP client: ldap3's synchronous API with short timeouts, so that an unreachable
//! directory fails fast with a clear error (exit 2) and never falls back to anything.

use std::path::Path;
use std::time::Duration;

use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{LdapConn, LdapConnSettings, LdapError, Scope, SearchEntry, ldap_escape};
use serde::Serialize;

use super::{Config, USERNAME, bind_password};
use crate::error::{Error, ErrorKind, Result};
use crate::identity::Actor;
use crate::store::Store;
use crate::store::directories::{self, Directory};

/// How long to wait for the connection (and TLS) to be established.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long to wait for any one operation's answer.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(10);
/// Entries asked for at a time, below Active Directory's default limit of 1000.
const PAGE_SIZE: i32 = 500;
/// The LDAP result code of a wrong password (or unknown DN) in a bind: the only one that
/// refuses a password. Any other (busy, unavailable, ...) is the server's trouble.
const INVALID_CREDENTIALS: u32 = 49;
/// The attribute list that asks for no attributes (RFC 4511).
const NO_ATTRIBUTES: &str = "1.1";

/// The filter matching every user of the directory, narrowed by `extra` if given.
pub(super) fn all_users_filter(template: &str, extra: Option<&str>) -> String {
    // `*` is a presence test: it must not be escaped.
    let every = template.replace(USERNAME, "*");
    match extra {
        Some(extra) => format!("(&{every}{extra})"),
        None => every,
    }
}

/// The filter finding the one user called `name`: a user the user filter finds, whose
/// user name attribute is `name` (escaped), so that log-in and import agree on names.
pub(super) fn login_filter(config: &Config, name: &str) -> String {
    format!(
        "(&{}({}={}))",
        all_users_filter(&config.user_filter, None),
        config.username_attr,
        ldap_escape(name)
    )
}

/// A connection bound as the directory's service account.
pub(super) struct Client {
    conn: LdapConn,
    directory: String,
    url: String,
}

impl Client {
    /// Connects and binds as the service account; `None`: the directory refused it.
    fn open(config: &Config, bind_password: &str) -> Result<Option<Client>> {
        // ldap3 builds its TLS configuration from the process's crypto provider, which
        // rustls cannot choose alone when several are compiled in (lettre brings ring).
        // An error means one is installed already, which is as good.
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let settings = LdapConnSettings::new()
            .set_conn_timeout(CONNECT_TIMEOUT)
            .set_starttls(config.starttls);
        let conn = LdapConn::with_settings(settings, &config.url)
            .map_err(|e| unreachable(&config.name, &config.url, &e))?;
        let mut client = Client {
            conn,
            directory: config.name.clone(),
            url: config.url.clone(),
        };
        Ok(client
            .bind(&config.bind_dn, bind_password)?
            .then_some(client))
    }

    /// A simple bind: accepted, or refused as invalid credentials. Any other answer is
    /// an error (kind `io`), not a wrong password. An empty password would be an
    /// unauthenticated bind, which servers accept: it is never sent.
    fn bind(&mut self, dn: &str, password: &str) -> Result<bool> {
        if password.is_empty() {
            return Ok(false);
        }
        let result = self
            .conn
            .with_timeout(OPERATION_TIMEOUT)
            .simple_bind(dn, password)
            .map_err(|e| failed(&self.directory, &self.url, &e))?;
        match result.rc {
            0 => Ok(true),
            INVALID_CREDENTIALS => Ok(false),
            rc => Err(Error::new(
                ErrorKind::Io,
                format!(
                    "directory `{}` could not check a password: result code {rc} {}",
                    self.directory, result.text
                ),
            )
            .with_hint("nothing was counted or changed; try again later, or check the server")),
        }
    }

    /// Every entry under `base` matching `filter`, a page at a time.
    pub(super) fn search(
        &mut self,
        base: &str,
        filter: &str,
        attrs: &[&str],
    ) -> Result<Vec<SearchEntry>> {
        let adapters: Vec<Box<dyn Adapter<_, _>>> = vec![
            Box::new(EntriesOnly::new()),
            Box::new(PagedResults::new(PAGE_SIZE)),
        ];
        let attrs = attrs.to_vec();
        let mut entries = Vec::new();
        let result = {
            let mut stream = self
                .conn
                .with_timeout(OPERATION_TIMEOUT)
                .streaming_search_with(adapters, base, Scope::Subtree, filter, attrs)
                .map_err(|e| failed(&self.directory, &self.url, &e))?;
            while let Some(entry) = stream
                .next()
                .map_err(|e| failed(&self.directory, &self.url, &e))?
            {
                entries.push(SearchEntry::construct(entry));
            }
            stream.result()
        };
        match result.rc {
            0 => Ok(entries),
            rc => Err(Error::new(
                ErrorKind::Io,
                format!(
                    "directory `{}` refused the search under `{base}` for `{filter}`: result code {rc} {}",
                    self.directory, result.text
                ),
            )
            .with_hint("check the base DNs and filters with `flowsec directory show`")),
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.conn.unbind();
    }
}

fn unreachable(directory: &str, url: &str, e: &LdapError) -> Error {
    Error::new(
        ErrorKind::Io,
        format!("directory `{directory}` is unreachable at `{url}`: {e}"),
    )
    .with_hint("nothing was changed, and no local password is tried instead; check the server and `flowsec directory test`")
}

/// An operation that failed without an answer from the server.
fn failed(directory: &str, url: &str, e: &LdapError) -> Error {
    match e {
        LdapError::LdapResult { result } => Error::new(
            ErrorKind::Io,
            format!("directory `{directory}` answered with an error: {result}"),
        ),
        _ => unreachable(directory, url, e),
    }
}

/// Opens a client for a stored directory, with its decrypted bind password. A refused
/// service account is recorded with its bind DN; the error names no DN, since anyone
/// may cause it with `auth verify`.
pub(super) fn connect(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    directory: &Directory,
) -> Result<Client> {
    let password = bind_password(store.read(), key_file, directory)?;
    if let Some(client) = Client::open(&directory.config, &password)? {
        return Ok(client);
    }
    store.write(actor, |tx| {
        tx.record(
            "directory.refused",
            directory.name(),
            serde_json::json!({"bind_dn": directory.config.bind_dn}),
        )
    })?;
    Err(Error::new(
        ErrorKind::Auth,
        format!(
            "directory `{}` refused flowsec's service account",
            directory.name()
        ),
    )
    .with_hint("check the bind DN and password (the audit trail names the DN): remove the directory and add it again"))
}

/// What the directory said of a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    /// The bind was refused as invalid credentials: a wrong password.
    Refused,
    /// No entry, or more than one, matches the user filter for this name.
    NotFound,
    /// The user's directory is no longer configured.
    NoDirectory,
}

impl Verdict {
    /// The reason an audit record gives for a refusal.
    pub fn reason(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::Refused => "wrong_password",
            Verdict::NotFound => "not_in_directory",
            Verdict::NoDirectory => "no_directory",
        }
    }
}

/// Checks a directory user's password: finds the user's entry with the service
/// account, then binds as that entry with `password`.
pub fn authenticate(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    source: &str,
    name: &str,
    password: &str,
) -> Result<Verdict> {
    let Some(directory) = store.read().find_directory(source)? else {
        return Ok(Verdict::NoDirectory);
    };
    let mut client = connect(store, actor, key_file, &directory)?;
    let filter = login_filter(&directory.config, name);
    let found = client.search(&directory.config.user_base, &filter, &[NO_ATTRIBUTES])?;
    let [entry] = found.as_slice() else {
        return Ok(Verdict::NotFound);
    };
    Ok(if client.bind(&entry.dn, password)? {
        Verdict::Accepted
    } else {
        Verdict::Refused
    })
}

/// What `directory test` found.
#[derive(Debug, Serialize)]
pub struct Probe {
    pub directory: String,
    pub url: String,
    pub users: usize,
    /// The first user names found, sorted.
    pub sample_users: Vec<String>,
    /// `None` when the directory has no group base.
    pub groups: Option<usize>,
    pub sample_groups: Vec<String>,
}

/// How many names `Probe` shows.
const SAMPLE: usize = 10;

/// `directory test`: binds as the service account and counts what the filters find.
pub fn probe(store: &mut Store, actor: &Actor, key_file: &Path, name: &str) -> Result<Probe> {
    let directory = directories::get(store.read(), super::name(name)?.as_str())?;
    let config = &directory.config;
    let mut client = connect(store, actor, key_file, &directory)?;
    let users = client.search(
        &config.user_base,
        &all_users_filter(&config.user_filter, None),
        &[config.username_attr.as_str()],
    )?;
    let sample = |entries: &[SearchEntry], attr: &str| {
        let mut names: Vec<String> = entries
            .iter()
            .filter_map(|e| first(e, attr))
            .map(str::to_string)
            .collect();
        names.sort_unstable_by_key(|n| n.to_lowercase());
        names.truncate(SAMPLE);
        names
    };
    let (groups, sample_groups) = match &config.group_base {
        Some(base) => {
            let found = client.search(base, &config.group_filter, &[config.group_attr.as_str()])?;
            (Some(found.len()), sample(&found, &config.group_attr))
        }
        None => (None, Vec::new()),
    };
    Ok(Probe {
        directory: config.name.clone(),
        url: config.url.clone(),
        users: users.len(),
        sample_users: sample(&users, &config.username_attr),
        groups,
        sample_groups,
    })
}

/// The values of an attribute of an entry; attribute names compare case-insensitively.
pub(super) fn values<'a>(entry: &'a SearchEntry, attr: &str) -> &'a [String] {
    entry
        .attrs
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(attr))
        .map_or(&[], |(_, values)| values.as_slice())
}

/// The first value of an attribute, if any.
pub(super) fn first<'a>(entry: &'a SearchEntry, attr: &str) -> Option<&'a str> {
    values(entry, attr).first().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(user_filter: &str, username_attr: &str) -> Config {
        Config {
            name: "corp".into(),
            url: "ldap://h".into(),
            starttls: false,
            bind_dn: "cn=svc".into(),
            user_base: "dc=x".into(),
            user_filter: user_filter.into(),
            username_attr: username_attr.into(),
            email_attr: "mail".into(),
            full_name_attr: "cn".into(),
            group_base: None,
            group_filter: "(objectClass=group)".into(),
            group_attr: "cn".into(),
        }
    }

    #[test]
    fn user_names_are_escaped_in_filters() {
        let uid = config("(uid={username})", "uid");
        assert_eq!(login_filter(&uid, "alice"), "(&(uid=*)(uid=alice))");
        assert_eq!(
            login_filter(&uid, "*)(uid=*"),
            r"(&(uid=*)(uid=\2a\29\28uid=\2a))"
        );
        assert_eq!(login_filter(&uid, r"a\b"), r"(&(uid=*)(uid=a\5cb))");
    }

    #[test]
    fn login_names_users_by_the_username_attribute_like_import() {
        let upn = config("(userPrincipalName={username})", "sAMAccountName");
        assert_eq!(
            login_filter(&upn, "bob"),
            "(&(userPrincipalName=*)(sAMAccountName=bob))"
        );
    }

    #[test]
    fn listing_every_user_is_a_presence_test_narrowed_by_the_extra_filter() {
        assert_eq!(all_users_filter("(uid={username})", None), "(uid=*)");
        assert_eq!(
            all_users_filter("(uid={username})", Some("(ou=eng)")),
            "(&(uid=*)(ou=eng))"
        );
    }

    #[test]
    fn refusals_name_their_reason() {
        assert_eq!(Verdict::Refused.reason(), "wrong_password");
        assert_eq!(Verdict::NotFound.reason(), "not_in_directory");
    }
}
