//! The rules of a contact group, free of I/O and wire formats: parties, roles, markings,
//! meetings, the journal chain. Everything here is plain Rust so that it can be unit- and
//! property-tested without a database or a server.

pub mod access;
pub mod agreement;
pub mod attachment;
pub mod characters;
pub mod comment;
pub mod diff;
pub mod document;
pub mod engagement;
pub mod evidence;
pub mod figures;
pub mod group;
pub mod ids;
pub mod journal;
pub mod journal_stored;
pub mod journal_vocabulary;
pub mod language;
pub mod mail;
pub mod marking;
pub mod meeting;
pub mod message;
pub mod names;
pub mod paper;
pub mod password;
pub mod procedure;
pub mod receipt;
pub mod recorded_later;
pub mod roadmap;
pub mod role;
pub mod search;
pub mod sign_in;
pub mod text;
pub mod time;
pub mod track;
pub mod validation;
