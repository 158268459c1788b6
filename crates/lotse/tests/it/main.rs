//! The integration tests: one binary. Backend from `LOTSE_TEST_DATABASE_URL` (PostgreSQL) or a fresh SQLite
//! file; the test script runs this suite once on each.

mod api;
mod appointments;
mod assistant;
mod auth;
mod backup;
mod booking;
mod chat;
mod chat_crash;
mod chat_instances;
mod cli;
pub mod clients;
mod consent;
mod email_channel;
mod knowledge;
mod matrix;
mod ops;
mod pages;
mod reminders;
mod retention;
pub mod routing;
mod security;
mod support;
