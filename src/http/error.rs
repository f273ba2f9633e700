//! The one mapping from application errors to HTTP: RFC 9457 problem+json for the API, an
//! error page for people. A 500 is logged with its cause chain and tells the client nothing.
//! Titles, details and field messages are written in the request's language (`i18n`), from
//! the messages the rules gave (`domain::message`); the `type` and field names stay as they
//! are, for programs.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppError;
use crate::domain::message::Message;
use crate::domain::validation::ValidationErrors;
use crate::i18n;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemField {
    /// For a table sent as CSV: the row, counting the header as row 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub field: String,
    pub message: String,
}

/// How an error is classified: status, a stable type name, a title, and the detail, the
/// title and the detail in the request's language.
pub struct Classified {
    pub status: StatusCode,
    pub kind: &'static str,
    pub title: String,
    pub detail: String,
    pub fields: Option<ValidationErrors>,
}

pub fn classify(error: &AppError) -> Classified {
    let tr = i18n::current();
    let (status, kind) = match error {
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad-credentials"),
        AppError::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, "too-many-attempts"),
        AppError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
        AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-input"),
        AppError::InvalidRows(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid-rows"),
        AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
        AppError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too-large"),
        AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    };
    let title = match error {
        AppError::Unauthenticated => tr.t("problem-unauthenticated-title"),
        AppError::BadCredentials => tr.t("problem-bad-credentials-title"),
        AppError::TooManyAttempts { .. } => tr.t("problem-too-many-attempts-title"),
        AppError::NotFound => tr.t("problem-not-found-title"),
        AppError::Forbidden(_) => tr.t("problem-forbidden-title"),
        AppError::Invalid(_) => tr.t("problem-invalid-input-title"),
        AppError::InvalidRows(_) => tr.t("problem-invalid-rows-title"),
        AppError::Conflict(_) => tr.t("problem-conflict-title"),
        AppError::TooLarge(_) => tr.t("problem-too-large-title"),
        AppError::Internal(_) => tr.t("problem-internal-title"),
    };
    let detail = match error {
        AppError::Unauthenticated => tr.t("problem-unauthenticated-detail"),
        AppError::BadCredentials => tr.t("problem-bad-credentials-detail"),
        AppError::TooManyAttempts {
            retry_after_minutes,
        } => tr.message(
            &Message::new("problem-too-many-attempts-detail").with("minutes", *retry_after_minutes),
        ),
        AppError::NotFound => tr.t("problem-not-found-detail"),
        AppError::Forbidden(reason) | AppError::Conflict(reason) | AppError::TooLarge(reason) => {
            tr.message(reason)
        }
        AppError::Invalid(errors) => tr.message(
            &Message::new("problem-invalid-input-detail").with("fields", tr.fields(errors)),
        ),
        AppError::InvalidRows(rows) => {
            let first: Vec<String> = rows.iter().take(10).map(|r| tr.row(r)).collect();
            let more = rows.len().saturating_sub(first.len());
            let detail = if more > 0 {
                Message::new("problem-invalid-rows-detail-more").with("more", more)
            } else {
                Message::new("problem-invalid-rows-detail")
            };
            tr.message(&detail.with("rows", first.join("; ")))
        }
        AppError::Internal(cause) => {
            tracing::error!(error = ?cause, "request failed");
            tr.t("problem-internal-detail")
        }
    };
    Classified {
        status,
        kind,
        title,
        detail,
        fields: match error {
            AppError::Invalid(errors) => Some(errors.clone()),
            _ => None,
        },
    }
}

/// Each bad row of a table, as the problem document lists it.
fn row_errors(error: &AppError) -> Vec<ProblemField> {
    let tr = i18n::current();
    match error {
        AppError::InvalidRows(rows) => rows
            .iter()
            .map(|r| ProblemField {
                row: Some(r.row),
                field: r.field.clone(),
                message: tr.message(&r.message),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// An error answered as problem+json.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        ApiError(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let classified = classify(&self.0);
        let mut errors = field_errors(classified.fields);
        errors.extend(row_errors(&self.0));
        problem_document(
            classified.status,
            classified.kind,
            &classified.title,
            classified.detail,
            errors,
        )
    }
}

fn field_errors(fields: Option<ValidationErrors>) -> Vec<ProblemField> {
    let tr = i18n::current();
    fields
        .map(|errors| {
            errors
                .fields()
                .iter()
                .map(|e| ProblemField {
                    row: None,
                    field: e.field.clone(),
                    message: tr.message(&e.message),
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn problem_response(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: String,
    fields: Option<ValidationErrors>,
) -> Response {
    problem_document(status, kind, title, detail, field_errors(fields))
}

fn problem_document(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: String,
    errors: Vec<ProblemField>,
) -> Response {
    let problem = Problem {
        kind: format!("/problems/{kind}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        errors,
    };
    let body = serde_json::to_string(&problem).unwrap_or_else(|_| "{}".to_owned());
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

pub type ApiResult<T> = Result<T, ApiError>;
