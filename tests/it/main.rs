//! Integration tests: the real router on a fresh database per test, on SQLite and on
//! PostgreSQL (`MAJLIS_TEST_POSTGRES_URL`, provided by `scripts/test.sh`). Each story is one
//! async function taking the backend; `both_backends!` runs it on each.

mod helpers;

mod atomicity;
mod cli;
mod groups;
mod journal;
mod meetings;
mod negotiation;
mod pages;
mod session;
mod views;
mod visibility;
