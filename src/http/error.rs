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
        problem_response(
            classified.status,
            classified.kind,
            classified.title,
            classified.detail,
            classified.fields,
        )
    }
}

pub fn problem_response(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: String,
    fields: Option<ValidationErrors>,
) -> Response {
    let problem = Problem {
        kind: format!("/problems/{kind}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        errors: fields
            .map(|errors| {
                errors
                    .fields()
                    .iter()
                    .map(|e| ProblemField {
                        field: e.field.clone(),
                        message: e.message.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
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
