//! The limits on guessing passwords. Usernames are public, so a limit keyed on the account
//! alone would let anyone lock an envoy out; instead failures are counted three ways within
//! a sliding window:
//!
//! - per account *and* client address: a few failures lock that pair only, so the owner
//!   still signs in from their own address;
//! - per client address across accounts: one address guessing many accounts is stopped
//!   (an IPv6 address counts with its /64, which one client usually holds whole);
//! - per account across addresses: each further failure adds a short, bounded delay before
//!   the next attempt is checked, which slows a distributed guesser but never locks anyone out.
//!
//! The counting (clocks, maps) lives in `app::auth`; the decisions are these pure functions.

use std::net::IpAddr;
use std::time::Duration;

/// How long a failure counts.
pub const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures for one account from one address before that pair is refused.
pub const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS: usize = 5;
/// Failures from one address, over all accounts, before that address is refused.
pub const MAX_FAILURES_PER_ADDRESS: usize = 30;
/// Failures of an account (from anywhere) that cost nothing: people mistype.
const FREE_FAILURES_PER_ACCOUNT: usize = 3;
/// The first delay, doubled with each further failure up to `MAX_DELAY`.
const FIRST_DELAY: Duration = Duration::from_millis(500);
/// The most an attempt is ever held back: a pause, never a lock-out.
pub const MAX_DELAY: Duration = Duration::from_secs(4);

/// Recent failures (inside the window) that bear on one attempt, with the age of the
/// oldest of each kind (which decides when a refusal ends).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecentFailures {
    pub account_and_address: Window,
    pub address: Window,
    pub account: Window,
}

/// How many failures of one kind fall in the window, and how old the oldest is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    pub count: usize,
    pub oldest_age: Duration,
}

/// What to do with a sign-in attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password, after waiting `delay`.
    Attempt { delay: Duration },
    /// Refuse without checking; the pair or address may try again after `retry_after`.
    Refuse { retry_after: Duration },
}

/// The key an address is counted under. An IPv6 client usually holds a whole /64 and could
/// rotate through it, so IPv6 addresses count per /64; IPv4 ones (also when written as
/// IPv4-mapped IPv6) per address. Anything else ("unknown") is its own key.
pub fn address_key(address: &str) -> String {
    match address.parse::<IpAddr>().map(|ip| ip.to_canonical()) {
        Ok(IpAddr::V6(ip)) => {
            let [a, b, c, d, ..] = ip.segments();
            format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
        Ok(IpAddr::V4(ip)) => ip.to_string(),
        Err(_) => address.to_owned(),
    }
}

/// Decides an attempt from the failures that bear on it.
pub fn verdict(failures: RecentFailures) -> Verdict {
    let limits = [
        (
            failures.account_and_address,
            MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
        ),
        (failures.address, MAX_FAILURES_PER_ADDRESS),
    ];
    for (window, limit) in limits {
        if window.count >= limit {
            return Verdict::Refuse {
                retry_after: FAILURE_WINDOW.saturating_sub(window.oldest_age),
            };
        }
    }
    Verdict::Attempt {
        delay: delay_after(failures.account.count),
    }
}

/// The pause before checking an attempt on an account that failed `failures` times
/// recently: none for the first few, then 0.5 s doubling to at most `MAX_DELAY`.
pub fn delay_after(failures: usize) -> Duration {
    let Some(extra) = failures.checked_sub(FREE_FAILURES_PER_ACCOUNT + 1) else {
        return Duration::ZERO;
    };
    // Past 2^4 the cap has long been reached; bounding the shift keeps it from overflowing.
    let factor = 1_u32 << extra.min(4);
    FIRST_DELAY.saturating_mul(factor).min(MAX_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(count: usize, oldest_minutes: u64) -> Window {
        Window {
            count,
            oldest_age: Duration::from_secs(oldest_minutes * 60),
        }
    }

    #[test]
    fn the_first_failures_cost_no_delay() {
        for failures in 0..=FREE_FAILURES_PER_ACCOUNT {
            assert_eq!(delay_after(failures), Duration::ZERO);
        }
    }

    #[test]
    fn the_delay_grows_with_each_failure_and_stops_at_the_cap() {
        let delays: Vec<Duration> = (3..=10).map(delay_after).collect();
        assert!(delays.windows(2).all(|pair| pair[0] <= pair[1]));
        assert_eq!(delay_after(4), Duration::from_millis(500));
        assert_eq!(delay_after(5), Duration::from_secs(1));
        assert_eq!(delay_after(6), Duration::from_secs(2));
        assert_eq!(delay_after(7), MAX_DELAY);
        assert_eq!(delay_after(usize::MAX), MAX_DELAY);
    }

    #[test]
    fn the_fifth_failure_from_one_address_locks_that_pair_for_the_rest_of_the_window() {
        let failures = RecentFailures {
            account_and_address: window(5, 5),
            address: window(5, 5),
            account: window(5, 5),
        };
        assert_eq!(
            verdict(failures),
            Verdict::Refuse {
                retry_after: Duration::from_secs(10 * 60)
            }
        );
    }

    #[test]
    fn many_failures_of_an_account_elsewhere_only_slow_another_address() {
        let failures = RecentFailures {
            account_and_address: Window::default(),
            address: Window::default(),
            account: window(500, 1),
        };
        assert_eq!(verdict(failures), Verdict::Attempt { delay: MAX_DELAY });
    }

    #[test]
    fn one_address_guessing_many_accounts_is_refused_on_any_account() {
        let failures = RecentFailures {
            account_and_address: Window::default(),
            address: window(MAX_FAILURES_PER_ADDRESS, 14),
            account: Window::default(),
        };
        assert_eq!(
            verdict(failures),
            Verdict::Refuse {
                retry_after: Duration::from_secs(60)
            }
        );
    }

    #[test]
    fn ipv6_addresses_of_one_network_count_together_and_ipv4_ones_apart() {
        assert_eq!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:2:ffff::9")
        );
        assert_ne!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:3::1")
        );
        assert_ne!(address_key("192.0.2.1"), address_key("192.0.2.2"));
        assert_eq!(address_key("::ffff:192.0.2.1"), address_key("192.0.2.1"));
        assert_eq!(address_key("unknown"), "unknown");
    }

    #[test]
    fn a_clean_attempt_goes_ahead_at_once() {
        assert_eq!(
            verdict(RecentFailures::default()),
            Verdict::Attempt {
                delay: Duration::ZERO
            }
        );
    }
}
