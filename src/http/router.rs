//! Every URL of the product, in one table.

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::routing::{get, post, put};
use axum::{middleware, Router};
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use super::api;
use super::assets;
use super::auth::csrf_guard;
use super::pages;
use super::security::{self, RequestIds};
use super::AppState;

/// Bodies above this are refused with 413 before any handler reads them. A text may hold
/// 200,000 characters (`domain::text::drafting::MAX_BODY_CHARS`); sent from a page's form,
/// each Cyrillic or Arabic letter arrives percent-encoded as six bytes, so the longest Russian
/// text the rules allow is a request of about 1.2 MB. Anything larger is refused here; what
/// fits is judged by the rules, which name the field.
const MAX_BODY_BYTES: usize = 3 * 1024 * 1024;

/// A table of figures may be larger: a year of UN Comtrade rows for every partner of four
/// reporters is a few megabytes.
const MAX_CSV_BYTES: usize = 32 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/openapi.json", get(api::openapi::openapi_json))
        .route(
            "/session",
            post(api::session::sign_in).delete(api::session::sign_out),
        )
        .route("/me", get(api::session::me))
        .route("/me/language", put(api::session::set_language))
        .route(
            "/me/notifications",
            get(api::session::notifications).put(api::session::set_notifications),
        )
        .route(
            "/tokens",
            get(api::credentials::list_tokens).post(api::session::create_token),
        )
        .route(
            "/tokens/{id}",
            axum::routing::delete(api::credentials::revoke_token),
        )
        .route("/sessions", get(api::credentials::list_sessions))
        .route(
            "/sessions/{id}",
            axum::routing::delete(api::credentials::end_session),
        )
        .route("/me/password", post(api::credentials::change_password))
        .route("/users", get(api::users::list).post(api::users::create))
        .route("/users/{username}/password", post(api::users::set_password))
        .route("/users/{username}/disable", post(api::users::disable))
        .route("/groups", get(api::groups::list).post(api::groups::create))
        .route(
            "/groups/{code}",
            get(api::groups::show).patch(api::groups::update),
        )
        .route("/groups/{code}/parties", post(api::groups::add_party))
        .route(
            "/groups/{code}/delegations",
            post(api::groups::add_delegate).delete(api::groups::remove_delegate),
        )
        .route(
            "/groups/{code}/authorisations",
            post(api::groups::authorise),
        )
        .route(
            "/groups/{code}/tracks",
            get(api::followup::tracks).put(api::followup::set_tracks),
        )
        .route(
            "/groups/{code}/agreements",
            get(api::followup::agreements).post(api::followup::record_agreement),
        )
        .route("/groups/{code}/dashboard", get(api::dashboard::show))
        .route(
            "/groups/{code}/engagements",
            get(api::followup::engagements).post(api::followup::record_engagement),
        )
        .route("/engagements/{id}", get(api::followup::engagement))
        .route(
            "/engagements/{id}/marking",
            post(api::followup::widen_engagement),
        )
        .route(
            "/groups/{code}/indicators",
            get(api::figures::list).post(api::figures::create),
        )
        .route("/indicators/{id}", get(api::figures::show))
        .route("/indicators/{id}/observations", post(api::figures::record))
        .route("/indicators/{id}/targets", post(api::figures::target))
        .route(
            "/indicators/{id}/observations.csv",
            get(api::figures::export)
                .post(api::figures::import)
                .layer(DefaultBodyLimit::max(MAX_CSV_BYTES)),
        )
        .route(
            "/groups/{code}/roadmaps",
            get(api::roadmaps::list).post(api::roadmaps::create),
        )
        .route("/roadmaps/{id}", get(api::roadmaps::show))
        .route("/roadmaps/{id}/lines", post(api::roadmaps::add_line))
        .route(
            "/lines/{id}",
            get(api::roadmaps::show_line).patch(api::roadmaps::update_line),
        )
        .route("/lines/{id}/reports", post(api::roadmaps::report))
        .route(
            "/groups/{code}/meetings",
            get(api::meetings::list).post(api::meetings::create),
        )
        .route(
            "/meetings/{id}",
            get(api::meetings::show).patch(api::meetings::update),
        )
        .route("/meetings/{id}/minutes.pdf", get(api::documents::minutes))
        .route(
            "/meetings/{id}/agenda",
            post(api::meetings::add_agenda_item),
        )
        .route(
            "/meetings/{id}/agenda/order",
            put(api::meetings::reorder_agenda),
        )
        .route(
            "/meetings/{id}/attendance",
            post(api::meetings::add_attendance),
        )
        .route(
            "/agenda/{id}",
            axum::routing::patch(api::meetings::edit_agenda_item)
                .delete(api::meetings::remove_agenda_item),
        )
        .route(
            "/attendance/{id}",
            axum::routing::delete(api::meetings::remove_attendance),
        )
        .route(
            "/groups/{code}/texts",
            get(api::texts::list).post(api::texts::create),
        )
        .route("/groups/{code}/decisions", get(api::procedures::list))
        .route(
            "/groups/{code}/papers",
            get(api::papers::list).post(api::papers::create),
        )
        .route("/papers/{id}", get(api::papers::show))
        .route(
            "/papers/{id}/attachments",
            // The body is streamed to the use case, which enforces the configured limit.
            post(api::papers::attach).layer(DefaultBodyLimit::disable()),
        )
        .route("/attachments/{sha256}", get(api::papers::download))
        .route(
            "/papers/{id}/comments",
            get(api::comments::on_paper).post(api::comments::add_to_paper),
        )
        .route(
            "/texts/{id}/comments",
            get(api::comments::on_text).post(api::comments::add_to_text),
        )
        .route("/search", get(api::search::search))
        .route("/comments/{id}", get(api::comments::show))
        .route("/comments/{id}/withdraw", post(api::comments::withdraw))
        .route("/texts/{id}", get(api::texts::show))
        .route("/texts/{id}/versions", post(api::texts::add_version))
        .route("/texts/{id}/languages", post(api::texts::add_language))
        .route(
            "/texts/{id}/amendments",
            post(api::texts::propose_amendment),
        )
        .route("/texts/{id}/procedures", post(api::procedures::open))
        .route("/texts/{id}/decisions", post(api::procedures::record_later))
        .route(
            "/amendments/{id}/incorporate",
            post(api::texts::incorporate),
        )
        .route("/amendments/{id}/decline", post(api::texts::decline))
        .route("/procedures/{id}", get(api::procedures::show))
        .route(
            "/procedures/{id}/positions",
            post(api::procedures::position),
        )
        .route("/procedures/{id}/confirm", post(api::procedures::confirm))
        .route("/procedures/{id}/decline", post(api::procedures::decline))
        .route(
            "/procedures/{id}/break",
            post(api::procedures::break_silence),
        )
        .route(
            "/procedures/{id}/statements",
            post(api::procedures::statement),
        )
        .route(
            "/procedures/{id}/chair-notes",
            post(api::procedures::chair_note),
        )
        .route("/procedures/{id}/extend", post(api::procedures::extend))
        .route("/procedures/{id}/withdraw", post(api::procedures::withdraw))
        .route("/decisions/{id}", get(api::procedures::show_decision))
        .route("/decisions/{id}/evidence", get(api::evidence::evidence))
        .route("/journal/head", get(api::journal::head))
        .route("/journal/receipt", get(api::journal::receipt))
        .route("/journal", get(api::journal::list))
        .route("/events", get(api::live::stream))
        .fallback(api_not_found)
        .layer(middleware::from_fn(api::problems_only));

    let pages = Router::new()
        .route("/", get(pages::session::home))
        .route(
            "/signin",
            get(pages::session::form).post(pages::session::submit),
        )
        .route("/signout", post(pages::session::sign_out))
        .route("/groups", get(pages::groups::list))
        .route("/groups/{code}", get(pages::groups::show))
        .route("/groups/{code}/journal", get(pages::groups::journal))
        .route("/groups/{code}/meetings/new", get(pages::meetings::new))
        .route("/groups/{code}/meetings", post(pages::meetings::create))
        .route("/meetings/{id}", get(pages::meetings::show))
        .route("/meetings/{id}/minutes.pdf", get(pages::documents::minutes))
        .route("/meetings/{id}/edit", post(pages::meetings::update))
        .route("/meetings/{id}/status", post(pages::meetings::update))
        .route(
            "/meetings/{id}/agenda",
            post(pages::meetings::add_agenda_item),
        )
        .route(
            "/meetings/{id}/attendance",
            post(pages::meetings::add_attendance),
        )
        .route("/agenda/{id}/edit", post(pages::meetings::edit_agenda_item))
        .route("/agenda/{id}/move", post(pages::meetings::move_agenda_item))
        .route(
            "/agenda/{id}/remove",
            post(pages::meetings::remove_agenda_item),
        )
        .route(
            "/attendance/{id}/remove",
            post(pages::meetings::remove_attendance),
        )
        .route(
            "/groups/{code}/texts",
            get(pages::texts::list).post(pages::texts::create),
        )
        .route(
            "/groups/{code}/decisions",
            get(pages::procedures::decisions),
        )
        .route(
            "/groups/{code}/papers",
            get(pages::papers::list).post(pages::papers::create),
        )
        .route("/papers/{id}", get(pages::papers::show))
        .route("/search", get(pages::search::search))
        .route(
            "/papers/{id}/attachments",
            // Streamed to the use case, which enforces the configured limit.
            post(pages::papers::attach).layer(DefaultBodyLimit::disable()),
        )
        .route("/papers/{id}/comments", post(pages::comments::add_to_paper))
        .route("/texts/{id}/comments", post(pages::comments::add_to_text))
        .route("/comments/{id}/withdraw", post(pages::comments::withdraw))
        .route(
            "/groups/{code}/roadmaps",
            get(pages::roadmaps::list).post(pages::roadmaps::create),
        )
        .route("/roadmaps/{id}", get(pages::roadmaps::show))
        .route("/roadmaps/{id}/lines", post(pages::roadmaps::add_line))
        .route("/lines/{id}", get(pages::roadmaps::line))
        .route("/lines/{id}/reports", post(pages::roadmaps::report))
        .route("/texts/{id}", get(pages::texts::show))
        .route("/texts/{id}/versions", post(pages::texts::add_version))
        .route("/texts/{id}/languages", post(pages::texts::add_language))
        .route(
            "/texts/{id}/amendments",
            post(pages::texts::propose_amendment),
        )
        .route("/texts/{id}/procedures", post(pages::texts::open_procedure))
        .route(
            "/amendments/{id}/incorporate",
            post(pages::texts::incorporate),
        )
        .route("/amendments/{id}/decline", post(pages::texts::decline))
        .route("/procedures/{id}", get(pages::procedures::show))
        .route(
            "/procedures/{id}/positions",
            post(pages::procedures::position),
        )
        .route("/procedures/{id}/confirm", post(pages::procedures::confirm))
        .route("/procedures/{id}/decline", post(pages::procedures::decline))
        .route(
            "/procedures/{id}/break",
            post(pages::procedures::break_silence),
        )
        .route(
            "/procedures/{id}/statements",
            post(pages::procedures::statement),
        )
        .route(
            "/procedures/{id}/chair-notes",
            post(pages::procedures::chair_note),
        )
        .route("/procedures/{id}/extend", post(pages::procedures::extend))
        .route(
            "/procedures/{id}/withdraw",
            post(pages::procedures::withdraw),
        )
        .route("/decisions/{id}", get(pages::procedures::decision))
        .route("/inbox", get(pages::procedures::inbox))
        .route("/me", get(pages::me::show))
        .route("/me/time-zone", post(pages::me::set_time_zone))
        .route("/me/mail", post(pages::me::set_mail))
        .route("/me/language", post(pages::me::set_language))
        .route("/me/calendar", post(pages::me::renew_calendar))
        .route("/me/authorisations", post(pages::me::authorise))
        .route("/me/password", post(pages::me::change_password))
        .route("/me/sessions/{id}/end", post(pages::me::end_session))
        .route("/me/tokens/{id}/revoke", post(pages::me::revoke_token))
        .route("/admin", get(pages::admin::show))
        .route("/admin/users", post(pages::admin::create_user))
        .route("/admin/password", post(pages::admin::set_password))
        .route(
            "/admin/users/{username}/disable",
            post(pages::admin::disable),
        )
        .route("/admin/groups", post(pages::admin::create_group))
        .route("/admin/delegations", post(pages::admin::place))
        .route("/public/{code}/decisions", get(pages::public::decisions))
        .route("/calendar/{token}", get(api::meetings::feed))
        .route("/indicators/{id}/chart.svg", get(api::figures::chart))
        .route("/groups/{code}/dashboard", get(pages::dashboard::show))
        .route("/groups/{code}/indicators", get(pages::figures::list))
        .route(
            "/groups/{code}/agreements",
            get(pages::followup::agreements).post(pages::followup::record_agreement),
        )
        .route(
            "/groups/{code}/engagements",
            get(pages::followup::engagements).post(pages::followup::record_engagement),
        )
        .route(
            "/engagements/{id}/marking",
            post(pages::followup::widen_engagement),
        )
        .route("/indicators/{id}", get(pages::figures::show))
        .route(
            "/indicators/{id}/observations",
            post(pages::figures::record),
        )
        .route(
            "/indicators/{id}/import",
            post(pages::figures::import).layer(DefaultBodyLimit::max(MAX_CSV_BYTES)),
        )
        .route("/static/majlis.css", get(assets::stylesheet))
        .route("/static/majlis.js", get(assets::script))
        .route("/healthz", get(api::health::healthz))
        .route("/readyz", get(api::health::readyz))
        .fallback(page_not_found)
        .layer(middleware::from_fn(pages::errors_as_pages));

    let request_id = HeaderName::from_static("x-request-id");
    let mut app = pages
        .nest("/api/v1", api)
        .layer(middleware::from_fn_with_state(state.clone(), csrf_guard))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(security::private_answers))
        .layer(middleware::from_fn(super::language::negotiate))
        .with_state(state);
    for header in security::headers() {
        app = app.layer(header);
    }
    app.layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, RequestIds::new()))
}

async fn api_not_found() -> super::error::ApiError {
    super::error::ApiError(crate::app::AppError::NotFound)
}

/// A page that does not exist, in the language its visitor reads (their saved choice when
/// they are signed in).
async fn page_not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    headers: axum::http::HeaderMap,
) -> pages::PageError {
    let _signed_in_or_not = super::auth::PageSession::from_headers(&state, &headers).await;
    pages::PageError::App(crate::app::AppError::NotFound)
}
