//! Liveness and readiness for load balancers and operators.

use axum::extract::State;
use axum::http::StatusCode;

use crate::http::AppState;

/// 200 while the process serves requests.
#[utoipa::path(get, operation_id = "healthz", path = "/healthz", tag = "operations", responses((status = 200, body = String)))]
pub async fn healthz() -> &'static str {
    "ok"
}

/// 200 when the database answers, 503 otherwise.
#[utoipa::path(get, operation_id = "readyz", path = "/readyz", tag = "operations", responses((status = 200, body = String), (status = 503, body = String)))]
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.app.ready().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
