"""Checks the guard lists against the rules of crates/lotse-ai/data/README.md: lower case, already normalised,
no zero-width non-joiner, `$` on tokens shorter than 3 letters, known sections, no duplicates within a section."""
import sys, pathlib, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from guard_emul import normalize, GUARD, LANGS
SECTIONS = {"urgent", "legal_assessment", "adverse_decision", "actor_action", "eligibility", "personal_facts",
            "first_person", "domain", "off_topic"}
bad = 0
for lang in LANGS:
    sec = None; seen = collections.Counter(); n = 0
    for no, line in enumerate((GUARD / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"): continue
        if s.startswith("[") and s.endswith("]"):
            sec = s[1:-1]
            if sec not in SECTIONS: print(f"{lang}:{no} unknown section {s}"); bad += 1
            continue
        n += 1
        problems = []
        if s != s.lower(): problems.append("not lower case")
        if "\u200c" in s: problems.append("U+200C")
        for tok in s.split():
            core = tok.lstrip("*").rstrip("$")
            if normalize(core) != core: problems.append(f"not normalised: {tok}")
            if len(core) < 3 and not tok.endswith("$") and not tok.startswith("*"): problems.append(f"short token without $: {tok}")
        seen[(sec, s)] += 1
        if seen[(sec, s)] == 2: problems.append("duplicate in section")
        for p in problems:
            print(f"{lang}:{no} [{sec}] {s!r}: {p}"); bad += 1
    print(f"{lang}: {n} patterns")
print("problems:", bad)
