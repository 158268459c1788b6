//! A JSON body extractor whose every rejection is one of our errors with a stable code.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::errors::{FieldError, WebError};

pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(map_rejection(rejection)),
        }
    }
}

fn map_rejection(rejection: JsonRejection) -> WebError {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => WebError::UnsupportedMediaType,
        JsonRejection::JsonSyntaxError(_) => WebError::MalformedJson,
        JsonRejection::JsonDataError(error) => {
            // serde's message names the field ("missing field `label`"); keep only the field name.
            let text = error.body_text();
            let field = text.split('`').nth(1).unwrap_or("body").to_string();
            WebError::InvalidInput(vec![FieldError { field, code: "invalid".into() }])
        }
        JsonRejection::BytesRejection(error) => {
            if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                WebError::PayloadTooLarge
            } else {
                WebError::BadRequest
            }
        }
        _ => WebError::BadRequest,
    }
}
