//! `GET /api/v1/events`: the journal entries the caller may read, as Server-Sent Events, as
//! they are committed (`app::live`). Each event is `id: <seq>` and a JSON `data` line; a
//! comment line every `HEARTBEAT` keeps proxies from closing a quiet connection.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiQuery;
use crate::app::live::{LiveEvent, Subscription};
use crate::app::AppError;
use crate::http::auth::{presented, ApiCaller};
use crate::http::error::ApiResult;
use crate::http::input::events::resume_after;
use crate::http::AppState;

/// How long a stream may stay silent before a comment line is sent.
const HEARTBEAT: Duration = Duration::from_secs(15);

/// The query string of `GET /api/v1/events`; an unknown parameter is refused.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// Resume after this journal entry, as `Last-Event-ID` does (which wins when both are
    /// sent); a whole number from 0.
    #[param(value_type = Option<u64>)]
    pub after: Option<String>,
}

/// The `data` of one event: a journal entry the caller may read.
#[derive(Debug, Serialize, ToSchema)]
pub struct LiveEventView {
    /// The entry's sequence number, also the event's `id`.
    pub seq: i64,
    /// What was done, e.g. `procedure.position`.
    pub action: String,
    /// What it was done to, e.g. `procedure:3`.
    pub object: String,
    /// The code of the group whose business it is; null for the installation's.
    pub group: Option<String>,
}

impl From<&LiveEvent> for LiveEventView {
    fn from(event: &LiveEvent) -> Self {
        LiveEventView {
            seq: event.seq,
            action: event.action.to_string(),
            object: event.object.to_string(),
            group: event.group.as_ref().map(ToString::to_string),
        }
    }
}

/// Every journal entry the caller may read, from now on (or after `Last-Event-ID`), as
/// Server-Sent Events: `id: <seq>` and `data:` a `LiveEventView`, within a second of its
/// commit, also when another server process on the same PostgreSQL database wrote it.
/// Nothing is ever sent about an entry the caller may not read. The stream ends when the
/// caller's session or token does.
#[utoipa::path(get, operation_id = "events", path = "/api/v1/events", tag = "journal",
    params(EventsQuery, ("Last-Event-ID" = Option<u64>, Header, description = "Resume after this journal entry (an `EventSource` sends the last `id` it received when it reconnects)")),
    responses((status = 200, description = "An endless stream of events, each `id: <seq>` and `data: <LiveEventView as JSON>`, with a comment line when idle", content_type = "text/event-stream", body = String),
        (status = 422, description = "`Last-Event-ID` or `after` is not a whole number from 0")))]
pub async fn stream(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<EventsQuery>,
) -> ApiResult<Response> {
    let after = resume_after(
        headers.get("last-event-id").map(HeaderValue::as_bytes),
        query.after.as_deref(),
    )
    .map_err(AppError::Invalid)?;
    let credential = presented(&headers).ok_or(AppError::Unauthenticated)?;
    let subscription = state.app.subscribe(caller, credential, after).await?;
    let events = futures_util::stream::unfold(subscription, next_event);
    let mut response = Sse::new(events)
        .keep_alive(KeepAlive::new().interval(HEARTBEAT))
        .into_response();
    let headers = response.headers_mut();
    // Private to the caller (axum says only `no-cache`), and not to be held back by a proxy.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(response)
}

async fn next_event(
    mut subscription: Subscription,
) -> Option<(Result<Event, Infallible>, Subscription)> {
    let event = subscription.next().await?;
    let data = serde_json::to_string(&LiveEventView::from(&event)).unwrap_or_default();
    Some((
        Ok(Event::default().id(event.seq.to_string()).data(data)),
        subscription,
    ))
}
