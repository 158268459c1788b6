//! Shows what the pseudonymiser and the guard make of each line of standard input (a tuning aid):
//! `echo "Frau Amira Haddad, Tel. 0176 23456789" | cargo run -p lotse-ai --example detect`

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let mut mapping = lotse_ai::Mapping::new();
        let out = mapping.pseudonymise(&line, &lotse_ai::KnownPeople::new());
        let verdict = lotse_ai::guard::classify_question(&line, None);
        println!("{}\n  {} {:?}", out.text, verdict.label.as_str(), verdict.reasons);
    }
}
