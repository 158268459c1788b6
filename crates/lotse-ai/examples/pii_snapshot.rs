//! Prints what the pseudonymiser and the guard make of every text in the given JSONL files (the eval format:
//! `text` or `question`), without and with people of a case — for checking that a change to detection, for
//! speed, changes no finding:
//! `cargo run --release -p lotse-ai --example pii_snapshot -- ../shared/eval/*.jsonl eval/*/*.jsonl > before.txt`,
//! change, run again into `after.txt`, `diff before.txt after.txt`.

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut known = lotse_ai::KnownPeople::new();
    known.add(&["Amira Haddad", "Umm Yusuf"]);
    known.add(&["Olena Koval", "Олена Коваль"]);
    known.add_value(lotse_ai::PiiType::Phone, "0176 23456789");
    known.add_value(lotse_ai::PiiType::DateOfBirth, "1991-03-14");
    let nobody = lotse_ai::KnownPeople::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for file in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&file)?.lines() {
            let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let Some(text) = record["text"].as_str().or(record["question"].as_str()) else { continue };
            for people in [&nobody, &known] {
                writeln!(out, "{}", lotse_ai::Mapping::new().pseudonymise(text, people).text)?;
            }
            let verdict = lotse_ai::guard::classify_question(text, None);
            writeln!(out, "  {} {:?}", verdict.label.as_str(), verdict.reasons)?;
        }
    }
    Ok(())
}
