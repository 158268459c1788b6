//! Server-rendered pages. Each works without JavaScript.

pub mod account;
pub mod admin;
pub mod assistant;
pub mod audit;
pub mod booking;
pub mod casework;
pub mod chat;
pub mod consent;
pub mod editorial;
pub mod home;
pub mod inbox;
pub mod language;
pub mod login;
pub mod portal;
pub mod routing;
pub mod staff;

use axum::Form;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::errors::WebError;

/// A form body, taken as a `Result` so the handler checks the permission before it looks at the fields.
pub(crate) type FormResult<T> = Result<Form<T>, axum::extract::rejection::FormRejection>;

/// The form's fields, read only after the permission check, so a role without the permission gets 403 whatever
/// it sent.
pub(crate) fn fields<T>(form: FormResult<T>) -> Result<T, WebError> {
    form.map(|Form(value)| value).map_err(|_| WebError::InvalidInput(Vec::new()))
}

/// The redirect after a successful form post.
pub(crate) fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
