//! `TestApp`: the router over a fresh database, typed request helpers, and the macro that
//! runs a story on both backends.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use majlis::app::{App, Clock, Settings};
use majlis::http::{router, AppState};
use majlis::store::{Backend, Store};

pub const PASSWORD: &str = "test-password-123";

/// A fixed instant for stories that build on the demo: after its extraordinary meeting in
/// Astana (2026-02-16), so Kazakhstan chairs, and weeks before its planned meeting.
pub fn demo_start() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_788_242_400).expect("2026-09-01T06:00:00Z")
}
/// The configured public address of the test server; requests say `Host: majlis.test`, so a
/// link built from the request would not start with this.
pub const PUBLIC_URL: &str = "https://majlis.example.org";

/// Runs each named story (an `async fn(Backend)` in the calling module) on SQLite and on
/// PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($($story:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    super::$story(majlis::store::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $story() {
                    super::$story(majlis::store::Backend::Postgres).await;
                }
            )*
        }
    };
}

pub struct TestApp {
    pub router: Router,
    pub app: App,
    pub database_url: String,
    _dir: Option<tempfile::TempDir>,
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

impl TestApp {
    /// The real router over a fresh, empty database.
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_at(backend, jiff::Timestamp::now()).await
    }

    /// As `spawn`, with the server's (manual) clock starting at `start`, so that what depends
    /// on the date (the chair of the day, deadlines, decision symbols) is the same every run.
    pub async fn spawn_at(backend: Backend, start: jiff::Timestamp) -> TestApp {
        let (url, dir) = database_url(backend).await;
        let store = Store::open(&url).await.expect("open the store");
        assert_eq!(store.backend(), backend);
        let app = App::with_clock(store, Settings::default(), Clock::manual(start));
        let router = router(AppState {
            app: app.clone(),
            secure_cookies: false,
            trusted_proxies: Default::default(),
            public_url: PUBLIC_URL.to_owned(),
        });
        TestApp {
            router,
            app,
            database_url: url,
            _dir: dir,
        }
    }

    /// With the demo group of `majlis serve --demo`, every account's password `PASSWORD`.
    pub async fn with_demo(backend: Backend) -> TestApp {
        TestApp::with_demo_at(backend, jiff::Timestamp::now()).await
    }

    /// As `with_demo`, on a clock starting at `start`.
    pub async fn with_demo_at(backend: Backend, start: jiff::Timestamp) -> TestApp {
        let test = TestApp::spawn_at(backend, start).await;
        test.app
            .load_demo(Some(PASSWORD))
            .await
            .expect("demo loads")
            .expect("database was empty");
        test
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        who: As<'_>,
        body: Option<Value>,
    ) -> Reply {
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
        self.send(builder.body(body).expect("request")).await
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
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

    pub async fn patch(&self, path: &str, who: As<'_>, body: Value) -> Reply {
        self.request(Method::PATCH, path, who, Some(body)).await
    }

    /// Signs in over the API and returns the session.
    pub async fn sign_in(&self, username: &str) -> Session {
        let reply = self
            .post(
                "/api/v1/session",
                As::Nobody,
                serde_json::json!({ "username": username, "password": PASSWORD }),
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

    /// The id of the demo group's planned meeting (the 2nd meeting of envoys).
    pub async fn planned_meeting(&self, session: &Session) -> i64 {
        let meetings = self
            .get("/api/v1/groups/CGA/meetings", As::Person(session))
            .await
            .json();
        meetings
            .as_array()
            .expect("a list")
            .iter()
            .find(|m| m["status"] == "planned")
            .and_then(|m| m["id"].as_i64())
            .expect("a planned meeting")
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

fn encode(text: &str) -> String {
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

/// The field names of a problem+json's `errors` array.
pub fn error_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}
