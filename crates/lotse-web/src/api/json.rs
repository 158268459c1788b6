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
            // The message starts with the path of the bad value ("residence_status: unknown variant …"), or,
            // at the top level, names the field in backticks ("missing field `label`"); keep only the name.
            let text = error.body_text();
            let detail = text.split_once("target type: ").map(|(_, rest)| rest).unwrap_or(&text);
            let path = detail.split_once(": ").map(|(path, _)| path).filter(|p| *p != "." && !p.contains(' '));
            let field = match path {
                Some(path) => path.to_string(),
                None => detail.split('`').nth(1).unwrap_or("body").to_string(),
            };
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
