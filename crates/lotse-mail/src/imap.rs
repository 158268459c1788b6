//! Reading the counseling mailbox by IMAP: log in, list unseen messages, fetch each, mark it seen. A small
//! client of our own for exactly these commands (RFC 3501), over TLS (`imaps://`, port 993) or plain TCP
//! (`imap://`, for a server on the same host or a test server).

use lotse_core::mail::MailError;
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

#[derive(Debug, Clone)]
pub struct ImapAccount {
    host: String,
    port: u16,
    tls: bool,
    user: String,
    password: String,
}

impl ImapAccount {
    /// `imaps://user:password@host[:993]` or `imap://user:password@host[:143]`; user and password may be
    /// percent-encoded.
    pub fn from_url(url: &str) -> Result<Self, crate::SetupError> {
        let bad = || crate::SetupError::Url("expected imap://user:password@host:port or imaps://…".into());
        let (tls, rest) = if let Some(rest) = url.strip_prefix("imaps://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("imap://") {
            (false, rest)
        } else {
            return Err(bad());
        };
        let (credentials, address) = rest.rsplit_once('@').ok_or_else(bad)?;
        let (user, password) = credentials.split_once(':').ok_or_else(bad)?;
        let address = address.trim_end_matches('/');
        let (host, port) = match address.rsplit_once(':') {
            Some((host, port)) => (host.to_string(), port.parse().map_err(|_| bad())?),
            None => (address.to_string(), if tls { 993 } else { 143 }),
        };
        Ok(Self { host, port, tls, user: decode(user), password: decode(password) })
    }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(value) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(value);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

/// One message from the mailbox, raw (RFC 5322).
pub struct FetchedMail {
    pub uid: u32,
    pub raw: Vec<u8>,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

struct Session {
    stream: BufReader<Box<dyn Stream>>,
    tag: u32,
}

fn unreachable(error: impl std::fmt::Display) -> MailError {
    MailError::Unreachable(error.to_string())
}

impl Session {
    async fn open(account: &ImapAccount) -> Result<Self, MailError> {
        let tcp = tokio::net::TcpStream::connect((account.host.as_str(), account.port)).await.map_err(unreachable)?;
        let stream: Box<dyn Stream> = if account.tls {
            let mut roots = tokio_rustls::rustls::RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            let config = tokio_rustls::rustls::ClientConfig::builder_with_provider(Arc::new(
                tokio_rustls::rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .map_err(unreachable)?
            .with_root_certificates(roots)
            .with_no_client_auth();
            let name =
                tokio_rustls::rustls::pki_types::ServerName::try_from(account.host.clone()).map_err(unreachable)?;
            Box::new(tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.map_err(unreachable)?)
        } else {
            Box::new(tcp)
        };
        let mut session = Self { stream: BufReader::new(stream), tag: 0 };
        let mut greeting = String::new();
        session.stream.read_line(&mut greeting).await.map_err(unreachable)?;
        if !greeting.starts_with("* OK") {
            return Err(MailError::Unreachable(format!("unexpected IMAP greeting: {}", greeting.trim())));
        }
        let login = format!("LOGIN {} {}", quote(&account.user), quote(&account.password));
        session.command(&login).await.map_err(|_| MailError::Refused("IMAP log-in refused".into()))?;
        Ok(session)
    }

    /// Sends a command; returns its untagged lines, with literals appended raw. Fails unless the server
    /// answers OK.
    async fn command(&mut self, command: &str) -> Result<Vec<(String, Vec<Vec<u8>>)>, MailError> {
        self.tag += 1;
        let tag = format!("L{}", self.tag);
        self.stream.get_mut().write_all(format!("{tag} {command}\r\n").as_bytes()).await.map_err(unreachable)?;
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if self.stream.read_line(&mut line).await.map_err(unreachable)? == 0 {
                return Err(MailError::Unreachable("the IMAP server closed the connection".into()));
            }
            if let Some(rest) = line.strip_prefix(&format!("{tag} ")) {
                return if rest.starts_with("OK") {
                    Ok(lines)
                } else {
                    Err(MailError::Refused(rest.trim().to_string()))
                };
            }
            let mut literals = Vec::new();
            // `{N}` at the end of a line announces N raw bytes, after which the line continues.
            let mut current = line.clone();
            while let Some(size) = literal_size(&current) {
                let mut bytes = vec![0; size];
                self.stream.read_exact(&mut bytes).await.map_err(unreachable)?;
                literals.push(bytes);
                current.clear();
                self.stream.read_line(&mut current).await.map_err(unreachable)?;
                line.push_str(&current);
            }
            lines.push((line, literals));
        }
    }
}

fn literal_size(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    let open = trimmed.strip_suffix('}')?.rfind('{')?;
    trimmed[open + 1..trimmed.len() - 1].parse().ok()
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The unseen messages of the inbox (at most `limit`), oldest first, without marking them seen.
pub async fn fetch_unseen(account: &ImapAccount, limit: usize) -> Result<Vec<FetchedMail>, MailError> {
    let mut session = Session::open(account).await?;
    session.command("SELECT INBOX").await?;
    let search = session.command("UID SEARCH UNSEEN").await?;
    let uids: Vec<u32> = search
        .iter()
        .filter_map(|(line, _)| line.strip_prefix("* SEARCH"))
        .flat_map(|rest| rest.split_whitespace().filter_map(|n| n.parse().ok()).collect::<Vec<u32>>())
        .take(limit)
        .collect();
    let mut mails = Vec::with_capacity(uids.len());
    for uid in uids {
        let fetched = session.command(&format!("UID FETCH {uid} BODY.PEEK[]")).await?;
        if let Some(raw) = fetched.into_iter().flat_map(|(_, literals)| literals).next() {
            mails.push(FetchedMail { uid, raw });
        }
    }
    let _ = session.command("LOGOUT").await;
    Ok(mails)
}

/// Marks messages seen, after they are safely stored.
pub async fn mark_seen(account: &ImapAccount, uids: &[u32]) -> Result<(), MailError> {
    if uids.is_empty() {
        return Ok(());
    }
    let mut session = Session::open(account).await?;
    session.command("SELECT INBOX").await?;
    let set: Vec<String> = uids.iter().map(ToString::to_string).collect();
    session.command(&format!("UID STORE {} +FLAGS (\\Seen)", set.join(","))).await?;
    let _ = session.command("LOGOUT").await;
    Ok(())
}

/// What Lotse keeps of an incoming mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedMail {
    pub message_id: String,
    /// In-Reply-To and References, nearest first.
    pub parents: Vec<String>,
    pub from: String,
    pub subject: String,
    pub text: String,
    /// From Content-Language, when given.
    pub language: Option<String>,
}

/// Parses a raw mail; None when it has no sender address.
pub fn parse(raw: &[u8]) -> Option<ParsedMail> {
    let message = mail_parser::MessageParser::default().parse(raw)?;
    let from = message.from()?.first()?.address()?.to_string();
    let bracket = |id: &str| if id.starts_with('<') { id.to_string() } else { format!("<{id}>") };
    let message_id = message.message_id().map(bracket).unwrap_or_default();
    let mut parents: Vec<String> =
        message.in_reply_to().as_text_list().unwrap_or_default().iter().map(|s| bracket(s)).collect();
    let mut references: Vec<String> =
        message.references().as_text_list().unwrap_or_default().iter().map(|s| bracket(s)).collect();
    references.reverse();
    for reference in references {
        if !parents.contains(&reference) {
            parents.push(reference);
        }
    }
    let language = message
        .header_raw("Content-Language")
        .map(|v| v.trim().chars().take(2).collect::<String>().to_ascii_lowercase())
        .filter(|l| l.len() == 2);
    Some(ParsedMail {
        message_id,
        parents,
        from,
        subject: message.subject().unwrap_or_default().to_string(),
        text: message.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
        language,
    })
}
