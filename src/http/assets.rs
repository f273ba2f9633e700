//! The stylesheet and script, compiled into the binary so the server is one file to deploy.

use axum::http::header;
use axum::response::IntoResponse;

const CSS: &str = include_str!("../../static/majlis.css");
const JS: &str = include_str!("../../static/majlis.js");

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}

pub async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        JS,
    )
}
