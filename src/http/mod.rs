//! HTTP: the route table, pages for people, the JSON API for programs, and the layers
//! around them (security headers, CSRF, request ids, tracing, body limits). Only this module
//! names axum.

pub mod api;
mod assets;
pub mod auth;
pub mod documents;
pub mod error;
pub mod input;
mod language;
pub mod markdown;
pub mod pages;
mod router;
mod security;
pub mod vocabulary;

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;

pub use router::router;

use crate::app::App;
use crate::config::TrustedProxies;

/// What every handler may reach.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    /// Mark the session cookie `Secure` (when served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` names the client (none by default).
    pub trusted_proxies: TrustedProxies,
    /// Where people reach the server (`Config::public_url`): absolute links start with it.
    pub public_url: String,
}

/// The client's address, for limiting sign-in attempts: the TCP peer, or, when the peer is
/// a trusted proxy, the right-most address in `X-Forwarded-For` that is not itself a trusted
/// proxy (the left part of that header is whatever the client chose to send). "unknown"
/// when not served over TCP (as in tests that call the router directly).
pub struct ClientAddress(pub String);

impl<S> FromRequestParts<S> for ClientAddress
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip());
        let address = client_address(peer, &parts.headers, &state.trusted_proxies);
        Ok(ClientAddress(
            address.map_or_else(|| "unknown".to_owned(), |ip| ip.to_string()),
        ))
    }
}

fn client_address(
    peer: Option<IpAddr>,
    headers: &HeaderMap,
    trusted: &TrustedProxies,
) -> Option<IpAddr> {
    let peer = peer?.to_canonical();
    if !trusted.contains(peer) {
        return Some(peer);
    }
    // Several header lines are one list, in order (RFC 9110 §5.3).
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        // An entry a proxy did not write cannot be trusted to be an address; stop at the
        // last hop we can vouch for.
        let Ok(hop) = hop.parse::<IpAddr>().map(|ip| ip.to_canonical()) else {
            break;
        };
        client = hop;
        if !trusted.contains(hop) {
            break;
        }
    }
    Some(client)
}

/// Serves until Ctrl-C or SIGTERM, then lets requests in flight finish.
pub async fn serve(state: AppState, addr: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "serving");
    let app = state.app.clone();
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        // Event streams never end by themselves; the shutdown waits for every connection.
        app.end_live_streams();
    })
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(
                "x-forwarded-for",
                HeaderValue::from_str(value).expect("ascii"),
            );
        }
        headers
    }

    fn proxies(items: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(items.iter().copied()).expect("valid")
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let headers = forwarded(&["203.0.113.9"]);
        assert_eq!(
            client_address(Some(ip("192.0.2.1")), &headers, &TrustedProxies::default()),
            Some(ip("192.0.2.1"))
        );
    }

    #[test]
    fn an_untrusted_peer_cannot_choose_its_address() {
        let headers = forwarded(&["203.0.113.9"]);
        assert_eq!(
            client_address(Some(ip("192.0.2.1")), &headers, &proxies(&["10.0.0.1"])),
            Some(ip("192.0.2.1"))
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client() {
        let trusted = proxies(&["10.0.0.0/24"]);
        let headers = forwarded(&["198.51.100.1, 203.0.113.9", "10.0.0.2"]);
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), &headers, &trusted),
            Some(ip("203.0.113.9")),
            "the forged left-most entry is not believed"
        );
    }

    #[test]
    fn a_trusted_peer_without_the_header_is_the_client() {
        assert_eq!(
            client_address(
                Some(ip("10.0.0.1")),
                &HeaderMap::new(),
                &proxies(&["10.0.0.1"])
            ),
            Some(ip("10.0.0.1"))
        );
    }

    #[test]
    fn garbage_in_the_header_stops_at_the_last_hop_vouched_for() {
        let headers = forwarded(&["not-an-address, 10.0.0.2"]);
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), &headers, &proxies(&["10.0.0.0/24"])),
            Some(ip("10.0.0.2"))
        );
    }

    #[test]
    fn an_ipv4_peer_seen_through_an_ipv6_socket_matches_its_ipv4_range() {
        let headers = forwarded(&["203.0.113.9"]);
        assert_eq!(
            client_address(
                Some(ip("::ffff:10.0.0.1")),
                &headers,
                &proxies(&["10.0.0.1"])
            ),
            Some(ip("203.0.113.9"))
        );
    }
}
