//! Server-rendered pages. Each works without JavaScript.

pub mod account;
pub mod admin;
pub mod audit;
pub mod casework;
pub mod editorial;
pub mod home;
pub mod language;
pub mod login;
pub mod portal;
pub mod staff;
