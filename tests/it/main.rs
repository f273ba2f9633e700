//! Integration tests: the real router on a fresh database per test, on SQLite and on
//! PostgreSQL (`MAJLIS_TEST_POSTGRES_URL`, provided by `scripts/test.sh`). Each story is one
//! async function taking the backend; `both_backends!` runs it on each.

mod fixtures;
mod helpers;
mod requests;
mod views;

mod acts_matrix;
mod atomicity;
mod authority;
mod cache;
mod cli;
mod closing;
mod comments;
mod credentials;
mod dashboard;
mod durability;
mod events;
mod figures;
mod followup;
mod groups;
mod inbox;
mod input;
mod journal;
mod languages;
mod languages_followup;
mod languages_people;
mod languages_work;
mod mail;
mod meetings;
mod negotiation;
mod openapi;
mod pages;
mod papers;
mod pdf;
mod recorded_later;
mod records;
mod roadmaps;
mod search;
mod session;
mod store;
mod visibility;
