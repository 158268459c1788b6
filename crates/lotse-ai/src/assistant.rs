//! The assistant pipeline: guard → pseudonymise → retrieve → answer (model or extractive) → check citations →
//! restore. Nothing personal reaches a provider: the question and any counselor text are pseudonymised before
//! they are put into a request, and every request body is kept so a counselor can see exactly what was sent.

use crate::guard::{self, Label};
use crate::pii::KnownPeople;
use crate::provider::{ChatMessage, Provider, ProviderError};
use crate::pseudonym::Mapping;
use crate::retrieve::{self, EmbeddingCache, Passage};
use lotse_core::knowledge::ContentLang;
use lotse_search::SearchIndex;
use regex::Regex;
use std::sync::OnceLock;

/// How a tenant uses AI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// No assistant at all.
    Off,
    /// Answers are quoted passages of verified articles; no language model (the default).
    #[default]
    Extractive,
    /// A model on the organisation's own server.
    Local,
    /// A model at an outside provider; always pseudonymised.
    External,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "off" => Some(Mode::Off),
            "extractive" => Some(Mode::Extractive),
            "local" => Some(Mode::Local),
            "external" => Some(Mode::External),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::Extractive => "extractive",
            Mode::Local => "local",
            Mode::External => "external",
        }
    }

    pub fn uses_model(self) -> bool {
        matches!(self, Mode::Local | Mode::External)
    }
}

/// Where the answer's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Model,
    Extractive,
    /// No text: the guard sent the question to a human, or nothing fitted.
    None,
}

/// Why an answer is not what the mode would normally give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// Nothing in the verified knowledge fits: "I don't know — a counselor will help".
    NothingFound,
    /// The provider was down or slow; the answer is extractive.
    ProviderUnavailable,
    /// The model cited something it was not given, twice; the answer is extractive.
    CitationCheckFailed,
    /// The guard decided a human answers (URGENT, INDIVIDUAL_LEGAL) or the question is off topic.
    HandedToHuman,
}

/// An answer or draft with everything needed to show and audit it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub label: Label,
    pub reasons: Vec<String>,
    /// With personal data restored; empty when there is no answer.
    pub text: String,
    pub passages: Vec<Passage>,
    /// Passage numbers the text cites.
    pub cited: Vec<usize>,
    pub source: Source,
    pub notice: Option<Notice>,
    /// The question as pseudonymised for providers.
    pub pseudonymised_question: String,
    /// Every request body sent to a provider, in order.
    pub sent: Vec<String>,
}

/// What is wrong with a model's citations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CitationProblem {
    None,
    Unknown(usize),
    Uncited(String),
}

fn citation_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]").unwrap_or_else(|_| unreachable!("constant pattern"))
    })
}

/// Checks a generated answer against the passages it was given: every cited number must be one of them, there
/// must be at least one citation, and every paragraph of some length must cite.
pub fn check_citations(answer: &str, passages: usize) -> Result<Vec<usize>, CitationProblem> {
    let mut cited = Vec::new();
    for caps in citation_pattern().captures_iter(answer) {
        for n in caps[1].split([',', ';']).filter_map(|s| s.trim().parse::<usize>().ok()) {
            if n == 0 || n > passages {
                return Err(CitationProblem::Unknown(n));
            }
            if !cited.contains(&n) {
                cited.push(n);
            }
        }
    }
    if cited.is_empty() {
        return Err(CitationProblem::None);
    }
    for paragraph in answer.split("\n\n").flat_map(|p| p.split("\n- ")) {
        let words = paragraph.split_whitespace().count();
        if words >= 8 && !citation_pattern().is_match(paragraph) {
            return Err(CitationProblem::Uncited(paragraph.chars().take(80).collect()));
        }
    }
    Ok(cited)
}

/// The quoted answer: the best passages, each with its number.
pub fn extractive_answer(passages: &[Passage], max: usize) -> (String, Vec<usize>) {
    let mut parts = Vec::new();
    let mut cited = Vec::new();
    for p in passages.iter().take(max) {
        let text = cut_at_sentence(&p.text, 420);
        parts.push(format!("{text} [{}]", p.n));
        cited.push(p.n);
    }
    (parts.join("\n\n"), cited)
}

fn cut_at_sentence(text: &str, max_chars: usize) -> String {
    let text = text.trim().trim_start_matches('…').trim();
    if text.chars().count() <= max_chars {
        return text.trim_end_matches('…').trim().to_string();
    }
    let head: String = text.chars().take(max_chars).collect();
    let end = head.char_indices().rev().find(|(_, c)| matches!(c, '.' | '!' | '?' | '؟' | '۔'));
    match end {
        Some((i, c)) if i > head.len() / 3 => head[..i + c.len_utf8()].to_string(),
        _ => format!("{}…", head.trim_end()),
    }
}

fn language_name(lang: ContentLang) -> &'static str {
    match lang {
        ContentLang::De => "German",
        ContentLang::DeSimple => "plain, simple German (Leichte Sprache: short sentences, common words)",
        ContentLang::En => "English",
        ContentLang::Ar => "Arabic",
        ContentLang::Uk => "Ukrainian",
        ContentLang::Ru => "Russian",
        ContentLang::Fa => "Persian (Dari/Farsi)",
        ContentLang::Tr => "Turkish",
    }
}

fn answer_messages(question: &str, passages: &[Passage], lang: ContentLang, strict: bool) -> Vec<ChatMessage> {
    let mut system = format!(
        "You are the assistant of a migration counseling service in Germany. Answer only from the numbered \
         passages below, never from your own knowledge. After every statement write the number of the passage it \
         comes from in square brackets, for example [1]. Use only the numbers of the passages given. If the \
         passages do not answer the question, reply exactly NO_ANSWER. Do not assess anyone's individual legal \
         case. Keep placeholders such as [PERSON_1] exactly as written. Answer in {}.",
        language_name(lang)
    );
    if strict {
        system.push_str(&format!(
            " Your previous answer cited a passage that does not exist or left a statement without a citation. \
             There are exactly {} passages.",
            passages.len()
        ));
    }
    let mut user = String::from("Passages:\n");
    for p in passages {
        user.push_str(&format!("[{}] {}: {}\n", p.n, p.title, p.text));
    }
    user.push_str(&format!("\nQuestion: {question}"));
    vec![ChatMessage::system(system), ChatMessage::user(user)]
}

fn classify_messages(question: &str) -> Vec<ChatMessage> {
    vec![
        ChatMessage::system(
            "Classify a client's message to a migration counseling service. Reply with exactly one label: \
             URGENT (danger to life or health, violence, suicidal thoughts, homeless tonight, medical emergency), \
             INDIVIDUAL_LEGAL (asks for an assessment of the person's own legal case), GENERAL_INFO (general \
             orientation), OFF_TOPIC (anything else).",
        ),
        ChatMessage::user(question.to_string()),
    ]
}

/// The assistant of one tenant.
pub struct Assistant {
    pub mode: Mode,
    provider: Option<Provider>,
    embeddings: EmbeddingCache,
    /// Passages put in front of the model.
    pub passages: usize,
}

/// One question.
pub struct Ask<'a> {
    pub question: &'a str,
    pub lang: Option<ContentLang>,
    pub known: &'a KnownPeople,
    /// The conversation's mapping; extended and kept by the caller.
    pub mapping: &'a mut Mapping,
    /// Draft for a counselor (answer even what a human must decide, for the human to edit) or an answer for a
    /// client (only GENERAL_INFO gets one).
    pub for_counselor: bool,
    /// Called with each piece of the model's text as it arrives (pseudonymised).
    pub on_delta: Option<&'a mut (dyn FnMut(&str) + Send)>,
}

impl Assistant {
    pub fn new(mode: Mode, provider: Option<Provider>) -> Self {
        let provider = if mode.uses_model() { provider } else { None };
        Assistant { mode, provider, embeddings: EmbeddingCache::new(), passages: 4 }
    }

    pub fn provider(&self) -> Option<&Provider> {
        self.provider.as_ref()
    }

    /// Runs the whole pipeline.
    pub async fn ask(&self, index: &SearchIndex, ask: Ask<'_>) -> Draft {
        let lang = ask.lang.unwrap_or_else(|| lotse_search::analysis::guess_language(ask.question));
        let pseudo = ask.mapping.pseudonymise(ask.question, ask.known);
        let mut sent = Vec::new();
        let rules = guard::classify(&guard::guard_text(ask.question, ask.known), Some(lang.as_str()));
        let verdict = match &self.provider {
            Some(p) if !ask.for_counselor => {
                let messages = classify_messages(&pseudo.text);
                sent.push(p.chat_body(&messages, false));
                match p.chat(&messages).await {
                    Ok(c) => {
                        let model = Label::ALL.into_iter().find(|l| c.text.to_uppercase().contains(l.as_str()));
                        guard::combine(rules, model)
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "AI provider could not classify; the rules decide");
                        rules
                    }
                }
            }
            _ => rules,
        };
        let mut draft = Draft {
            label: verdict.label,
            reasons: verdict.reasons,
            text: String::new(),
            passages: vec![],
            cited: vec![],
            source: Source::None,
            notice: None,
            pseudonymised_question: pseudo.text.clone(),
            sent,
        };
        let answerable = match verdict.label {
            Label::GeneralInfo => true,
            Label::IndividualLegal => ask.for_counselor,
            Label::Urgent | Label::OffTopic => false,
        };
        if !answerable || self.mode == Mode::Off {
            draft.notice = Some(Notice::HandedToHuman);
            return draft;
        }
        let embeddings = self.provider.as_ref().map(|p| (p, &self.embeddings));
        let retrieval = retrieve::retrieve(index, &pseudo.text, Some(lang), self.passages, embeddings).await;
        draft.sent.extend(retrieval.sent);
        draft.passages = retrieval.passages;
        if draft.passages.is_empty() {
            draft.notice = Some(Notice::NothingFound);
            return draft;
        }
        if let Some(provider) = &self.provider {
            let mut on_delta = ask.on_delta;
            match self.generate(provider, &pseudo.text, &draft.passages, lang, &mut draft.sent, &mut on_delta).await {
                Ok(Generated::Answer(text, cited)) => {
                    draft.text = ask.mapping.restore(&text);
                    draft.cited = cited;
                    draft.source = Source::Model;
                    return draft;
                }
                Ok(Generated::NoAnswer) => {
                    draft.notice = Some(Notice::NothingFound);
                    draft.passages.clear();
                    return draft;
                }
                Err(GenerateError::Provider(e)) => {
                    tracing::warn!(error = %e, "AI provider failed; answering extractively");
                    draft.notice = Some(Notice::ProviderUnavailable);
                }
                Err(GenerateError::Citations) => {
                    draft.notice = Some(Notice::CitationCheckFailed);
                }
            }
        }
        let (text, cited) = extractive_answer(&draft.passages, 2);
        draft.text = text;
        draft.cited = cited;
        draft.source = Source::Extractive;
        draft
    }

    async fn generate(
        &self,
        provider: &Provider,
        question: &str,
        passages: &[Passage],
        lang: ContentLang,
        sent: &mut Vec<String>,
        on_delta: &mut Option<&mut (dyn FnMut(&str) + Send)>,
    ) -> Result<Generated, GenerateError> {
        for strict in [false, true] {
            let messages = answer_messages(question, passages, lang, strict);
            let mut sink = |d: &str| {
                if let Some(f) = on_delta.as_mut() {
                    f(d)
                }
            };
            // Recorded before sending: what went out is shown even when the provider then fails.
            sent.push(provider.chat_body(&messages, true));
            let completion = provider.chat_stream(&messages, &mut sink).await.map_err(GenerateError::Provider)?;
            let text = completion.text.trim().to_string();
            if text.contains("NO_ANSWER") {
                return Ok(Generated::NoAnswer);
            }
            match check_citations(&text, passages.len()) {
                Ok(cited) => return Ok(Generated::Answer(text, cited)),
                Err(problem) => tracing::info!(?problem, strict, "generated answer failed the citation check"),
            }
        }
        Err(GenerateError::Citations)
    }

    /// Translates a counselor's text into the client's language, or into plain German. Needs a model.
    pub async fn language_help(
        &self,
        text: &str,
        target: ContentLang,
        known: &KnownPeople,
        mapping: &mut Mapping,
    ) -> Result<LanguageHelp, LanguageHelpError> {
        let Some(provider) = &self.provider else { return Err(LanguageHelpError::NeedsModel) };
        let pseudo = mapping.pseudonymise(text, known);
        let instruction = match target {
            ContentLang::DeSimple => "Rewrite the text in plain, simple German: short sentences, common words, \
                 same meaning. Keep placeholders such as [PERSON_1] exactly as written. Reply with the text only."
                .to_string(),
            other => format!(
                "Translate the text into {}. Keep placeholders such as [PERSON_1] and German official terms in \
                 brackets after their translation. Reply with the translation only.",
                language_name(other)
            ),
        };
        let messages = vec![ChatMessage::system(instruction), ChatMessage::user(pseudo.text.clone())];
        let completion = provider.chat(&messages).await.map_err(LanguageHelpError::Provider)?;
        Ok(LanguageHelp {
            text: mapping.restore(completion.text.trim()),
            pseudonymised: pseudo.text,
            sent: completion.sent,
        })
    }
}

enum Generated {
    Answer(String, Vec<usize>),
    NoAnswer,
}

enum GenerateError {
    Provider(ProviderError),
    Citations,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct LanguageHelp {
    pub text: String,
    pub pseudonymised: String,
    pub sent: String,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum LanguageHelpError {
    #[error("language help needs a language model (mode local or external)")]
    NeedsModel,
    #[error(transparent)]
    Provider(ProviderError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_must_exist_and_cover_the_text() {
        assert_eq!(check_citations("Der Kurs kostet 2,29 € pro Stunde [1]. Das BAMF zahlt [2].", 2), Ok(vec![1, 2]));
        assert_eq!(check_citations("Siehe [1, 3].", 2), Err(CitationProblem::Unknown(3)));
        assert_eq!(check_citations("Ohne Beleg.", 2), Err(CitationProblem::None));
        assert_eq!(check_citations("[0] falsch", 2), Err(CitationProblem::Unknown(0)));
        assert!(matches!(
            check_citations("Erster Absatz [1].\n\nZweiter Absatz ohne jede Quelle mit vielen Wörtern darin.", 2),
            Err(CitationProblem::Uncited(_))
        ));
    }

    #[test]
    fn extractive_answers_quote_and_number() {
        let p = |n: usize, text: &str| Passage {
            n,
            article_id: format!("a{n}"),
            slug: format!("s{n}"),
            version: 1,
            lang: "de".into(),
            topic: "residence".into(),
            title: "T".into(),
            text: text.into(),
            score: 1.0,
        };
        let (text, cited) = extractive_answer(&[p(1, "Eins ist gut."), p(2, "Zwei."), p(3, "Drei.")], 2);
        assert_eq!(text, "Eins ist gut. [1]\n\nZwei. [2]");
        assert_eq!(cited, vec![1, 2]);
        assert_eq!(check_citations(&text, 3), Ok(vec![1, 2]));
        // Cut at a sentence end that is a multi-byte character.
        let long = format!("{}؟ {}", "ب".repeat(300), "ج".repeat(300));
        assert!(cut_at_sentence(&long, 420).ends_with('؟'));
    }
}
