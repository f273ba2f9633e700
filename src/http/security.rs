//! Response headers every answer carries, `Cache-Control: no-store` on private ones, and
//! request ids for tracing.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Request as AxumRequest;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Request};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::request_id::{MakeRequestId, RequestId};
use tower_http::set_header::SetResponseHeaderLayer;

/// Strict by default: only our own script and stylesheet, no framing, no inline code.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn headers() -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    [
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("cross-origin-opener-policy", "same-origin"),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ),
    ]
    .into_iter()
    .map(|(name, value)| {
        SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    })
    .collect()
}

/// Marks every answer to a request that carries credentials (a cookie or an Authorization
/// header), every answer that sets a cookie, and calendar feeds (their address is the
/// secret) as `Cache-Control: no-store`, so that no browser or shared cache keeps a private
/// page, a JSON answer or an error meant for one person. Done once here rather than per
/// handler, so a new route cannot forget it; an answer that already says how to cache
/// itself (the static assets) keeps its own header.
pub async fn private_answers(request: AxumRequest, next: Next) -> Response {
    let private =
        carries_credentials(request.headers()) || request.uri().path().starts_with("/calendar/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if (private || headers.contains_key(header::SET_COOKIE))
        && !headers.contains_key(header::CACHE_CONTROL)
    {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn carries_credentials(headers: &HeaderMap) -> bool {
    headers.contains_key(header::COOKIE) || headers.contains_key(header::AUTHORIZATION)
}

/// Request ids: a per-process random prefix and a counter, cheap and unique enough to
/// follow one request through the logs.
#[derive(Clone)]
pub struct RequestIds {
    prefix: String,
    counter: std::sync::Arc<AtomicU64>,
}

impl RequestIds {
    pub fn new() -> Self {
        RequestIds {
            prefix: crate::app::auth::new_secret()[..8].to_owned(),
            counter: std::sync::Arc::new(AtomicU64::new(1)),
        }
    }
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n}", self.prefix))
            .ok()
            .map(RequestId::new)
    }
}
