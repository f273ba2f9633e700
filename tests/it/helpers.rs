//! `TestApp`: the real router over a fresh database on a manual clock at a fixed instant, its
//! builder (`TestApp::init()`), raw requests and their replies, and the macro that runs a
//! story on both backends. The typed request helpers are in `requests.rs`.

use axum::body::Body;
use axum::http::{header, HeaderValue, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use majlis::app::{App, Clock, Settings};
use majlis::config::TrustedProxies;
use majlis::http::{router, AppState};
use majlis::store::{Backend, Store};

use crate::views::Problem;

pub const PASSWORD: &str = "test-password-123";

/// The fixed instant every story starts at unless it says otherwise: after the demo's
/// extraordinary meeting in Astana (2026-02-16), so Kazakhstan chairs, and weeks before its
/// planned meeting. Dates, deadlines, the chair of the day and decision symbols are then the
/// same on every run, whatever the day the tests run.
pub fn demo_start() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_788_242_400).expect("2026-09-01T06:00:00Z")
}
/// The configured public address of the test server; requests say `Host: majlis.test`, so a
/// link built from the request would not start with this.
pub const PUBLIC_URL: &str = "https://majlis.example.org";

/// Runs each named story (an `async fn(Backend)` in the calling module) on SQLite and on
/// PostgreSQL. Stories named after `multi_thread:` race requests against each other, so they
/// run on a runtime with two worker threads, where the racing tasks truly run at once:
///
/// ```text
/// both_backends!(a_story, another_story; multi_thread: two_acts_at_once_count_once);
/// ```
#[macro_export]
macro_rules! both_backends {
    ($($story:ident),* $(,)? $(; multi_thread: $($racing:ident),+ $(,)?)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    super::$story(majlis::store::Backend::Sqlite).await;
                }
            )*
            $($(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $racing() {
                    super::$racing(majlis::store::Backend::Sqlite).await;
                }
            )+)?
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $story() {
                    super::$story(majlis::store::Backend::Postgres).await;
                }
            )*
            $($(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $racing() {
                    super::$racing(majlis::store::Backend::Postgres).await;
                }
            )+)?
        }
    };
}

pub struct TestApp {
    pub router: Router,
    pub app: App,
    pub database_url: String,
    _dir: Option<tempfile::TempDir>,
}

/// The real router of `app`, as `majlis serve` makes it.
fn router_of(app: &App, trusted_proxies: TrustedProxies) -> Router {
    router(AppState {
        app: app.clone(),
        secure_cookies: false,
        trusted_proxies,
        public_url: PUBLIC_URL.to_owned(),
    })
}

/// A signed-in person: the session cookie and its CSRF token.
#[derive(Clone, Debug)]
pub struct Session {
    pub cookie: String,
}

/// How a request is authenticated.
#[derive(Clone, Copy)]
pub enum As<'a> {
    Nobody,
    /// A browser session, from the same origin (as our own pages send).
    Person(&'a Session),
    /// A program with a bearer token.
    Bearer(&'a str),
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// The body read into a typed view (`tests/it/views.rs`).
    pub fn view<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not a {} ({e}): {}",
                std::any::type_name::<T>(),
                self.text()
            )
        })
    }

    /// Asserts the status, showing the body when it is another, so that a story reads
    /// `reply.assert_status(StatusCode::CREATED).view::<Text>()`.
    #[track_caller]
    pub fn assert_status(&self, status: StatusCode) -> &Self {
        assert_eq!(self.status, status, "{}", self.text());
        self
    }

    /// The body read as an RFC 9457 problem document.
    pub fn problem(&self) -> Problem {
        self.view()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("ascii header").to_owned())
    }
}

/// A fresh, empty database for `backend`, not yet migrated (and, for SQLite, the folder
/// that holds it).
pub async fn database_url(backend: Backend) -> (String, Option<tempfile::TempDir>) {
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temporary directory");
            let url = format!("sqlite://{}", dir.path().join("majlis.db").display());
            (url, Some(dir))
        }
        Backend::Postgres => {
            use sqlx::Connection;
            let base = std::env::var("MAJLIS_TEST_POSTGRES_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
            let name = format!("majlis_test_{}", &majlis::app::auth::new_secret()[..16]);
            let mut admin = sqlx::PgConnection::connect(&base).await.unwrap_or_else(|e| {
                panic!("PostgreSQL at {base} is needed (run ./scripts/test.sh, which starts one): {e}")
            });
            sqlx::Executor::execute(&mut admin, format!("CREATE DATABASE {name}").as_str())
                .await
                .expect("create a test database");
            let (prefix, _) = base.rsplit_once('/').expect("url with a database name");
            (format!("{prefix}/{name}"), None)
        }
    }
}

/// How a `TestApp` is made, crates.io style: `TestApp::init().with_demo().spawn(backend)`.
/// Every app starts on a manual clock at a fixed instant (`demo_start` unless `at` says
/// otherwise); a story moves it with `app.app.clock.advance(..)`.
pub struct TestAppBuilder {
    start: jiff::Timestamp,
    demo: bool,
    group: bool,
    trusted_proxies: TrustedProxies,
    settings: Settings,
}

impl TestAppBuilder {
    /// Loads the demo group of `majlis serve --demo`, every account's password `PASSWORD`.
    pub fn with_demo(mut self) -> Self {
        self.demo = true;
        self
    }

    /// Founds a small group from nothing instead (`fixtures.rs`): for stories whose output
    /// must not change when the demo does.
    pub fn with_group(mut self) -> Self {
        self.group = true;
        self
    }

    /// Starts the server's clock at `start` instead of `demo_start()`.
    pub fn at(mut self, start: jiff::Timestamp) -> Self {
        self.start = start;
        self
    }

    /// Refuses attachments above `bytes` (as `MAJLIS_MAX_ATTACHMENT_BYTES` does).
    pub fn with_max_attachment_bytes(mut self, bytes: u64) -> Self {
        self.settings.max_attachment_bytes = bytes;
        self
    }

    /// Reads the journal for the event stream every `every` when no commit woke it (the
    /// default is a few seconds); a story that must show a wake-up delivers an event sets
    /// it far beyond its own length.
    pub fn polling_journal_every(mut self, every: std::time::Duration) -> Self {
        self.settings.live_poll = every;
        self
    }

    /// Believes `X-Forwarded-For` from these proxies (as `server.trusted_proxies` does).
    pub fn trusting_proxies(mut self, proxies: &[&str]) -> Self {
        self.trusted_proxies = TrustedProxies::parse(proxies.iter().copied()).expect("proxies");
        self
    }

    /// The real router over a fresh database on `backend`.
    pub async fn spawn(self, backend: Backend) -> TestApp {
        let (url, dir) = database_url(backend).await;
        let store = Store::open(&url).await.expect("open the store");
        assert_eq!(store.backend(), backend);
        let app = App::with_clock(store, self.settings, Clock::manual(self.start));
        let router = router_of(&app, self.trusted_proxies);
        if self.demo {
            app.load_demo(Some(PASSWORD))
                .await
                .expect("demo loads")
                .expect("database was empty");
        }
        let test = TestApp {
            router,
            app,
            database_url: url,
            _dir: dir,
        };
        if self.group {
            crate::fixtures::found_group(&test).await;
        }
        test
    }
}

impl TestApp {
    /// A builder for an app: see `TestAppBuilder`.
    pub fn init() -> TestAppBuilder {
        TestAppBuilder {
            start: demo_start(),
            demo: false,
            group: false,
            trusted_proxies: TrustedProxies::default(),
            settings: Settings {
                public_url: PUBLIC_URL.to_owned(),
                ..Settings::default()
            },
        }
    }

    /// The real router over a fresh, empty database, on the fixed clock.
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::init().spawn(backend).await
    }

    /// With the demo group of `majlis serve --demo`, every account's password `PASSWORD`, on
    /// the fixed clock.
    pub async fn with_demo(backend: Backend) -> TestApp {
        TestApp::init().with_demo().spawn(backend).await
    }

    /// As `with_demo`, on a clock starting at `start`.
    pub async fn with_demo_at(backend: Backend, start: jiff::Timestamp) -> TestApp {
        TestApp::init().with_demo().at(start).spawn(backend).await
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        who: As<'_>,
        body: Option<Value>,
    ) -> Reply {
        self.send(build_request(method, path, who, body)).await
    }

    /// Sends a request as an English reader's browser would: with `Accept-Language: en`
    /// unless the request names a language itself (without any, a group's pages fall back to
    /// the group's first working language; `send_without_language` shows that).
    pub async fn send(&self, mut request: Request<Body>) -> Reply {
        if !request.headers().contains_key(header::ACCEPT_LANGUAGE) {
            request
                .headers_mut()
                .insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("en"));
        }
        self.send_without_language(request).await
    }

    /// Sends a request exactly as built.
    pub async fn send_without_language(&self, request: Request<Body>) -> Reply {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        Reply {
            status,
            headers,
            body,
        }
    }

    /// A form post from one of our pages, as a browser sends it.
    pub async fn post_form(&self, path: &str, session: &Session, fields: &[(&str, &str)]) -> Reply {
        let body: String = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::HOST, "majlis.test")
            .header(header::ORIGIN, "http://majlis.test")
            .header(header::COOKIE, format!("majlis_session={}", session.cookie))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }

    pub async fn get(&self, path: &str, who: As<'_>) -> Reply {
        self.request(Method::GET, path, who, None).await
    }

    pub async fn post(&self, path: &str, who: As<'_>, body: Value) -> Reply {
        self.request(Method::POST, path, who, Some(body)).await
    }

    pub async fn put(&self, path: &str, who: As<'_>, body: Value) -> Reply {
        self.request(Method::PUT, path, who, Some(body)).await
    }

    pub async fn patch(&self, path: &str, who: As<'_>, body: Value) -> Reply {
        self.request(Method::PATCH, path, who, Some(body)).await
    }

    /// Signs in over the API with `PASSWORD` and returns the session.
    pub async fn sign_in(&self, username: &str) -> Session {
        self.sign_in_with_password(username, PASSWORD).await
    }

    /// Signs in over the API with `password` and returns the session.
    pub async fn sign_in_with_password(&self, username: &str, password: &str) -> Session {
        let reply = self
            .post(
                "/api/v1/session",
                As::Nobody,
                serde_json::json!({ "username": username, "password": password }),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "sign-in of {username}: {}",
            reply.text()
        );
        let cookie = reply.header("set-cookie").expect("session cookie");
        let value = cookie
            .split(';')
            .next()
            .and_then(|pair| pair.strip_prefix("majlis_session="))
            .expect("majlis_session cookie")
            .to_owned();
        Session { cookie: value }
    }

    /// Another server process on this test's database: its own pool, read cache and journal
    /// wake-ups, and its own router, on the same clock.
    pub async fn another_process(&self, settings: Settings) -> TestApp {
        let store = Store::open(&self.database_url)
            .await
            .expect("a second process opens the database");
        let app = App::with_clock(store, settings, self.app.clock.clone());
        TestApp {
            router: router_of(&app, TrustedProxies::default()),
            app,
            database_url: self.database_url.clone(),
            _dir: None,
        }
    }

    pub async fn journal_head(&self) -> i64 {
        self.app.journal_head().await.expect("head").seq
    }

    /// Runs raw SQL against the test database, as someone with database access would.
    pub async fn tamper(&self, sql: &str) {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.database_url)
            .await
            .expect("connect");
        sqlx::query(sql)
            .execute(&pool)
            .await
            .expect("tampering statement runs");
        pool.close().await;
    }

    /// One number read with raw SQL (a row count, say), to see what no API shows.
    pub async fn scalar(&self, sql: &str) -> i64 {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.database_url)
            .await
            .expect("connect");
        let (value,): (i64,) = sqlx::query_as(sql)
            .fetch_one(&pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        pool.close().await;
        value
    }
}

/// A request as our pages' scripts or a program send it: JSON body, authenticated as `who`.
/// Built apart from sending so that racing stories can send it from their own tasks.
pub fn build_request(
    method: Method,
    path: &str,
    who: As<'_>,
    body: Option<Value>,
) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "majlis.test");
    match who {
        As::Nobody => {}
        As::Person(session) => {
            builder = builder
                .header(header::COOKIE, format!("majlis_session={}", session.cookie))
                .header("sec-fetch-site", "same-origin");
        }
        As::Bearer(token) => {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
    }
    let body = match body {
        Some(json) => {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
            Body::from(json.to_string())
        }
        None => Body::empty(),
    };
    builder.body(body).expect("request")
}

/// Form and query-string encoding (`application/x-www-form-urlencoded`), for request helpers and
/// stories that build a query.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
