//! The configuration: one typed value, built once at start from defaults, then an optional
//! TOML file, then `MAJLIS_*` environment variables, then command-line flags (each layer
//! overrides the one before). Secrets never appear in `Debug` or `config print`.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

/// A database URL whose password is hidden when shown.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn expose(&self) -> &str {
        &self.0
    }

    fn redacted(&self) -> String {
        match (self.0.find("://"), self.0.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let credentials = &self.0[scheme_end + 3..at];
                match credentials.split_once(':') {
                    Some((user, _)) => {
                        format!("{}{user}:***{}", &self.0[..scheme_end + 3], &self.0[at..])
                    }
                    None => self.0.clone(),
                }
            }
            _ => self.0.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// The reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` header is
/// believed. Empty (the default) means the TCP peer is the client: a header anyone can send
/// must not decide which address the sign-in limits count against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<ipnet::IpNet>);

impl TrustedProxies {
    /// Reads "10.0.0.1", "10.0.0.0/8" or "::1" items.
    pub fn parse<'a>(items: impl IntoIterator<Item = &'a str>) -> anyhow::Result<Self> {
        items
            .into_iter()
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<ipnet::IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(ipnet::IpNet::from))
                    .with_context(|| {
                        format!("trusted proxy {item:?} is not an IP address or CIDR range")
                    })
            })
            .collect::<anyhow::Result<_>>()
            .map(TrustedProxies)
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|net| net.contains(&address))
    }

    /// Each address or range, as CIDR.
    pub fn items(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.items().join(", "))
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: DatabaseUrl,
    /// Mark cookies `Secure`: set when users reach the server over HTTPS.
    pub secure_cookies: bool,
    pub session_hours: i64,
    pub trusted_proxies: TrustedProxies,
    /// The address people and programs reach the server at, without a trailing slash, e.g.
    /// `https://majlis.example.org`. Absolute links the server writes (a calendar feed's
    /// address) start with it, never with a request's `Host`, which the client chooses.
    pub public_url: String,
    /// The largest file a paper may hold, in bytes (default 25 MiB): a larger upload is
    /// refused with 413 while it streams in, before it is stored.
    pub max_attachment_bytes: u64,
    /// The SMTP relay mail is handed to (`smtp://host:port`, no TLS: a relay nearby);
    /// without one, mails stay queued.
    pub smtp_url: Option<String>,
    /// The sender of every mail.
    pub mail_from: String,
}

/// One layer of settings; `None` leaves the value of the layers below.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    pub addr: Option<String>,
    pub database_url: Option<String>,
    pub secure_cookies: Option<bool>,
    pub session_hours: Option<i64>,
    /// A list in the file; comma-separated in `MAJLIS_TRUSTED_PROXIES` and the flag.
    pub trusted_proxies: Option<Vec<String>>,
    pub public_url: Option<String>,
    pub max_attachment_bytes: Option<u64>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
}

impl Layer {
    pub fn from_file(path: &Path) -> anyhow::Result<Layer> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        basic_toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }

    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Layer> {
        Ok(Layer {
            addr: var("MAJLIS_ADDR"),
            database_url: var("MAJLIS_DATABASE_URL"),
            secure_cookies: var("MAJLIS_SECURE_COOKIES")
                .map(|v| parse_bool(&v).context("MAJLIS_SECURE_COOKIES must be true or false"))
                .transpose()?,
            session_hours: var("MAJLIS_SESSION_HOURS")
                .map(|v| {
                    v.parse()
                        .context("MAJLIS_SESSION_HOURS must be a whole number")
                })
                .transpose()?,
            trusted_proxies: var("MAJLIS_TRUSTED_PROXIES").map(|v| split_list(&v)),
            public_url: var("MAJLIS_PUBLIC_URL"),
            max_attachment_bytes: var("MAJLIS_MAX_ATTACHMENT_BYTES")
                .map(|v| {
                    v.trim()
                        .parse()
                        .context("MAJLIS_MAX_ATTACHMENT_BYTES must be a whole number of bytes")
                })
                .transpose()?,
            smtp_url: var("MAJLIS_SMTP_URL"),
            mail_from: var("MAJLIS_MAIL_FROM"),
        })
    }

    fn over(self, below: Layer) -> Layer {
        Layer {
            addr: self.addr.or(below.addr),
            database_url: self.database_url.or(below.database_url),
            secure_cookies: self.secure_cookies.or(below.secure_cookies),
            session_hours: self.session_hours.or(below.session_hours),
            trusted_proxies: self.trusted_proxies.or(below.trusted_proxies),
            public_url: self.public_url.or(below.public_url),
            max_attachment_bytes: self.max_attachment_bytes.or(below.max_attachment_bytes),
            smtp_url: self.smtp_url.or(below.smtp_url),
            mail_from: self.mail_from.or(below.mail_from),
        }
    }
}

/// "10.0.0.1, 10.0.0.2" → ["10.0.0.1", "10.0.0.2"].
pub fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

impl Config {
    /// Where the search index is kept: `MAJLIS_SEARCH_DIR` if set; else beside an SQLite
    /// database file (`majlis.db.search`); else (PostgreSQL, an in-memory database) in
    /// memory, rebuilt from the journal at each start, so that every process on a shared
    /// database keeps its own and none waits on another's lock.
    pub fn search_dir(&self) -> Option<std::path::PathBuf> {
        if let Some(dir) = std::env::var_os("MAJLIS_SEARCH_DIR").filter(|d| !d.is_empty()) {
            return Some(dir.into());
        }
        let url = self.database_url.expose();
        let file = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        let file = file.split('?').next().unwrap_or_default();
        if file.is_empty() || file.contains(":memory:") {
            return None;
        }
        Some(std::path::PathBuf::from(format!("{file}.search")))
    }

    /// The settings in force, as a TOML file would give them (the database password hidden),
    /// for `majlis config print`.
    pub fn as_toml(&self) -> String {
        let proxies: Vec<String> = self
            .trusted_proxies
            .items()
            .iter()
            .map(|item| format!("\"{item}\""))
            .collect();
        format!(
            "addr = \"{}\"\ndatabase_url = \"{}\"\nsecure_cookies = {}\nsession_hours = {}\n\
             trusted_proxies = [{}]\npublic_url = \"{}\"\nmax_attachment_bytes = {}\n\
             smtp_url = \"{}\"\nmail_from = \"{}\"\n",
            self.addr,
            self.database_url,
            self.secure_cookies,
            self.session_hours,
            proxies.join(", "),
            self.public_url,
            self.max_attachment_bytes,
            self.smtp_url.as_deref().unwrap_or_default(),
            self.mail_from
        )
    }

    /// Builds the configuration from its layers, lowest first.
    pub fn build(file: Option<Layer>, env: Layer, flags: Layer) -> anyhow::Result<Config> {
        let merged = flags.over(env).over(file.unwrap_or_default());
        let addr = merged.addr.unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let session_hours = merged.session_hours.unwrap_or(12);
        if !(1..=24 * 30).contains(&session_hours) {
            anyhow::bail!("session_hours must be between 1 and 720");
        }
        let addr: SocketAddr = addr
            .parse()
            .with_context(|| format!("address {addr:?} is not host:port"))?;
        let max_attachment_bytes = merged
            .max_attachment_bytes
            .unwrap_or(crate::domain::attachment::DEFAULT_MAX_ATTACHMENT_BYTES);
        if max_attachment_bytes == 0 {
            anyhow::bail!("max_attachment_bytes must be at least 1");
        }
        let public_url = match merged.public_url {
            Some(url) => public_url(&url)?,
            None => format!("http://{addr}"),
        };
        Ok(Config {
            addr,
            database_url: DatabaseUrl(
                merged
                    .database_url
                    .unwrap_or_else(|| "sqlite://majlis.db".to_owned()),
            ),
            secure_cookies: merged.secure_cookies.unwrap_or(false),
            session_hours,
            trusted_proxies: TrustedProxies::parse(
                merged.trusted_proxies.iter().flatten().map(String::as_str),
            )?,
            public_url,
            max_attachment_bytes,
            smtp_url: merged.smtp_url.filter(|url| !url.trim().is_empty()),
            mail_from: merged
                .mail_from
                .unwrap_or_else(|| "majlis@localhost".to_owned()),
        })
    }
}

/// Checks a public URL: http or https, a host, no query or fragment; the trailing slash is
/// dropped so that links are written as `{public_url}/path`.
fn public_url(text: &str) -> anyhow::Result<String> {
    let url = text.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let host = rest.and_then(|rest| rest.split('/').next()).unwrap_or("");
    let valid = !host.is_empty()
        && !url.contains(['?', '#'])
        && !url.chars().any(|c| c.is_whitespace() || c.is_control());
    if !valid {
        anyhow::bail!(
            "public_url {text:?} must be an http:// or https:// address with a host, e.g. https://majlis.example.org"
        );
    }
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_the_environment_which_beats_the_file() {
        let file = Layer {
            addr: Some("127.0.0.1:1".into()),
            database_url: Some("sqlite://file.db".into()),
            session_hours: Some(2),
            ..Layer::default()
        };
        let env = Layer {
            addr: Some("127.0.0.1:2".into()),
            database_url: Some("sqlite://env.db".into()),
            ..Layer::default()
        };
        let flags = Layer {
            addr: Some("127.0.0.1:3".into()),
            ..Layer::default()
        };
        let config = Config::build(Some(file), env, flags).expect("valid");
        assert_eq!(config.addr.port(), 3);
        assert_eq!(config.database_url.expose(), "sqlite://env.db");
        assert_eq!(config.session_hours, 2);
    }

    #[test]
    fn defaults_serve_locally_on_an_embedded_database() {
        let config = Config::build(None, Layer::default(), Layer::default()).expect("valid");
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database_url.expose(), "sqlite://majlis.db");
    }

    #[test]
    fn passwords_in_database_urls_are_never_shown() {
        let url = DatabaseUrl("postgres://majlis:s3cret@db.example/majlis".into());
        assert_eq!(url.to_string(), "postgres://majlis:***@db.example/majlis");
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn trusted_proxies_come_from_the_environment_as_a_list_of_addresses_and_ranges() {
        let env = |name: &str| {
            (name == "MAJLIS_TRUSTED_PROXIES").then(|| "10.0.0.1, 172.16.0.0/12,::1".to_owned())
        };
        let config = Config::build(None, Layer::from_env(env).expect("valid"), Layer::default())
            .expect("valid");
        assert!(config
            .trusted_proxies
            .contains("10.0.0.1".parse().expect("ip")));
        assert!(config
            .trusted_proxies
            .contains("172.20.3.4".parse().expect("ip")));
        assert!(config.trusted_proxies.contains("::1".parse().expect("ip")));
        assert!(config
            .trusted_proxies
            .contains("::ffff:10.0.0.1".parse().expect("ip")));
        assert!(!config
            .trusted_proxies
            .contains("10.0.0.2".parse().expect("ip")));
        assert_eq!(
            config.trusted_proxies.to_string(),
            "10.0.0.1/32, 172.16.0.0/12, ::1/128"
        );
    }

    #[test]
    fn no_proxy_is_trusted_by_default_and_a_bad_one_is_refused() {
        let config = Config::build(None, Layer::default(), Layer::default()).expect("valid");
        assert_eq!(config.trusted_proxies, TrustedProxies::default());
        let file = Layer {
            trusted_proxies: Some(vec!["proxy.example".into()]),
            ..Layer::default()
        };
        assert!(Config::build(Some(file), Layer::default(), Layer::default()).is_err());
    }

    #[test]
    fn the_public_url_defaults_to_the_listening_address_and_loses_its_trailing_slash() {
        let config = Config::build(None, Layer::default(), Layer::default()).expect("valid");
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        let env = Layer {
            public_url: Some("https://majlis.example.org/".into()),
            ..Layer::default()
        };
        let config = Config::build(None, env, Layer::default()).expect("valid");
        assert_eq!(config.public_url, "https://majlis.example.org");
    }

    #[test]
    fn a_public_url_without_scheme_or_host_is_refused() {
        for bad in [
            "majlis.example.org",
            "https://",
            "ftp://majlis.example.org",
            "https://a b",
        ] {
            let flags = Layer {
                public_url: Some(bad.into()),
                ..Layer::default()
            };
            assert!(
                Config::build(None, Layer::default(), flags).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_attachment_limit_is_25_mib_unless_the_environment_says_otherwise() {
        let config = Config::build(None, Layer::default(), Layer::default()).expect("valid");
        assert_eq!(config.max_attachment_bytes, 25 * 1024 * 1024);
        let env = |name: &str| (name == "MAJLIS_MAX_ATTACHMENT_BYTES").then(|| "1024".to_owned());
        let config = Config::build(None, Layer::from_env(env).expect("valid"), Layer::default())
            .expect("valid");
        assert_eq!(config.max_attachment_bytes, 1024);
        assert!(config.as_toml().contains("max_attachment_bytes = 1024"));
        let bad = |name: &str| (name == "MAJLIS_MAX_ATTACHMENT_BYTES").then(|| "25MB".to_owned());
        assert!(Layer::from_env(bad).is_err());
    }

    #[test]
    fn environment_values_are_checked() {
        let env = |name: &str| (name == "MAJLIS_SECURE_COOKIES").then(|| "perhaps".to_owned());
        assert!(Layer::from_env(env).is_err());
    }
}
