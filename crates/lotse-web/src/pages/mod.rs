//! Server-rendered pages. Each works without JavaScript.

pub mod home;
pub mod language;
