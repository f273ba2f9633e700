//! The one mapping from application errors to HTTP: RFC 9457 problem+json for the API, an
//! error page for people. A 500 is logged with its cause chain and tells the client nothing.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppError;
use crate::domain::validation::ValidationErrors;

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

/// How an error is classified: status, a stable type name, a title, and the detail.
pub struct Classified {
    pub status: StatusCode,
    pub kind: &'static str,
    pub title: &'static str,
    pub detail: String,
    pub fields: Option<ValidationErrors>,
}

pub fn classify(error: &AppError) -> Classified {
    let (status, kind, title) = match error {
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "Not signed in"),
        AppError::BadCredentials => (
            StatusCode::UNAUTHORIZED,
            "bad-credentials",
            "Sign-in refused",
        ),
        AppError::TooManyAttempts { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-attempts",
            "Too many attempts",
        ),
        AppError::NotFound => (StatusCode::NOT_FOUND, "not-found", "Not found"),
        AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
        AppError::Invalid(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-input",
            "Invalid input",
        ),
        AppError::InvalidRows(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-rows",
            "Invalid rows",
        ),
        AppError::Conflict(_) => (
            StatusCode::CONFLICT,
            "conflict",
            "Conflict with the current state",
        ),
        AppError::Internal(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
        ),
    };
    let detail = match error {
        AppError::NotFound => "there is nothing here, or you may not see it".to_owned(),
        AppError::Invalid(errors) => format!("check these fields: {errors}"),
        AppError::InvalidRows(rows) => {
            let first: Vec<String> = rows.iter().take(10).map(ToString::to_string).collect();
            let more = rows.len().saturating_sub(first.len());
            let more = if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            };
            format!(
                "nothing was stored; fix these rows: {}{more}",
                first.join("; ")
            )
        }
        AppError::Internal(cause) => {
            tracing::error!(error = ?cause, "request failed");
            "the server could not complete this request; it has been logged".to_owned()
        }
        other => other.to_string(),
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
    match error {
        AppError::InvalidRows(rows) => rows
            .iter()
            .map(|r| ProblemField {
                row: Some(r.row),
                field: r.field.clone(),
                message: r.message.clone(),
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
            classified.title,
            classified.detail,
            errors,
        )
    }
}

fn field_errors(fields: Option<ValidationErrors>) -> Vec<ProblemField> {
    fields
        .map(|errors| {
            errors
                .fields()
                .iter()
                .map(|e| ProblemField {
                    row: None,
                    field: e.field.clone(),
                    message: e.message.clone(),
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
