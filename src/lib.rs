//! Majlis: the platform on which a contact group of states does its work.
//!
//! Layers, outermost first: `http` (axum routes, pages, JSON) and `cli` call `app` (use cases:
//! authorise, then one store transaction), which uses `store` (SQL, SQLite or PostgreSQL) and
//! `domain` (the rules, no I/O). See ARCHITECTURE.md.

pub mod app;
pub mod cli;
pub mod config;
pub mod domain;
pub mod http;
pub mod i18n;
pub mod mail;
pub mod search;
pub mod store;
