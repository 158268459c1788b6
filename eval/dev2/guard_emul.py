"""Python re-implementation of crates/lotse-ai/src/guard.rs `classify` (without pseudonymisation), for tuning the
word lists: prints labels with the sections and patterns that fired. Usage:
  python3 guard_emul.py FILE.jsonl [--all]      evaluate a set (misses, or every line with --all)
  python3 guard_emul.py -q LANG "text"          classify one question
"""
import json, sys, unicodedata, pathlib, collections

GUARD = pathlib.Path(__file__).resolve().parents[2] / "crates/lotse-ai/data/guard"
LANGS = ["de", "en", "ar", "uk", "ru", "tr", "fa"]
DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u200c", "\u200d", "\u00ad"} | set(chr(c) for c in range(0x300, 0x370))

def eastern(c):
    o = ord(c)
    if 0x0660 <= o <= 0x0669: return str(o - 0x0660)
    if 0x06F0 <= o <= 0x06F9: return str(o - 0x06F0)
    return None

def fold(c):
    if c in DROP: return ""
    if c in "أإآٱ": return "ا"
    if c in "ىیې": return "ي"
    if c in "ةۀ": return "ه"
    if c == "ک": return "ك"
    if c in "ёЁ": return "е"
    if c in "ßẞ": return "ss"
    d = eastern(c)
    if d: return d
    out = ""
    for n in unicodedata.normalize("NFKC", c):
        for l in n.lower():
            if not (0x300 <= ord(l) <= 0x36F): out += l
    return out

def normalize(s): return "".join(fold(c) for c in s)

def is_cyr(c): return c is not None and "\u0400" <= c <= "\u04ff"

def tokens(text):
    out, cur = [], ""
    chars = list(text)
    for i, c in enumerate(chars):
        prev = chars[i - 1] if i > 0 else None
        nxt = chars[i + 1] if i + 1 < len(chars) else None
        if c in "'’ʼ" and is_cyr(prev) and is_cyr(nxt) and cur:
            cur += "'"; continue
        if c.isalnum() or (c in DROP and cur) or (c == "ʼ"):
            if c == "ʼ" and not c.isalnum():
                pass
            cur += fold(c)
            cur = "".join(ch for ch in cur if not ch.isspace())
        elif cur:
            out.append(cur); cur = ""
    if cur: out.append(cur)
    return out

def is_arabic(s): return bool(s) and ("\u0600" <= s[0] <= "\u06ff" or "\u0750" <= s[0] <= "\u077f")
PROCLITICS = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"]
def variants(t):
    v = [t]
    if is_arabic(t):
        for p in PROCLITICS:
            if t.startswith(p) and len(t) - len(p) >= 2: v.append(t[len(p):])
    return v

def parse_part(raw):
    if raw.startswith("*"): return ("c", normalize(raw[1:]))
    if raw.endswith("$"): return ("e", normalize(raw[:-1]))
    return ("p", normalize(raw))

def part_match(part, tok):
    k, p = part
    for f in variants(tok):
        if k == "p" and f.startswith(p): return True
        if k == "e" and f == p: return True
        if k == "c" and p in f: return True
    return False

def cont(parts, toks, after):
    if not parts: return after
    for j in range(after + 1, min(after + 4, len(toks))):
        if part_match(parts[0], toks[j]):
            r = cont(parts[1:], toks, j)
            if r is not None: return r
    return None

HIJACK = ["ignore instructions", "ignore previous", "ignore all", "ignore your", "disregard instructions", "system prompt",
    "jailbreak", "pretend$ you", "act$ as$", "you$ are$ now$", "vergiss anweisungen", "ignoriere anweisungen",
    "ignoriere vorherigen", "du bist jetzt", "tu so als", "игнорируй инструкц", "забудь инструкц", "ігноруй інструкц",
    "забудь інструкц", "تجاهل التعليمات", "تجاهل تعليمات", "انس التعليمات", "دستورالعمل نادیده", "دستورات نادیده",
    "talimatları yok", "talimatlarını yok", "talimatları unut"]

def load():
    sets = {}
    for l in LANGS:
        pats, sec = [], ""
        for line in (GUARD / f"{l}.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"): continue
            if line.startswith("[") and line.endswith("]"): sec = line[1:-1].strip(); continue
            parts = [parse_part(x) for x in line.split()]
            parts = [p for p in parts if p[1]]
            if parts: pats.append((parts, sec, line))
        for h in HIJACK:
            pats.append(([parse_part(x) for x in h.split()], "hijack", h))
        sets[l] = pats
    return sets

SETS = load()

def langs_for(lang, toks):
    out = []
    m = next((x for x in LANGS if lang and lang.startswith(x)), None)
    if m: out.append(m)
    else:
        ar = any(is_arabic(t) for t in toks); cy = any(any(is_cyr(c) for c in t) for t in toks)
        if ar: out += ["ar", "fa"]
        if cy: out += ["uk", "ru"]
        if not ar and not cy: out.append("tr")
    for l in ["de", "en"]:
        if l not in out: out.append(l)
    return out

def classify(text, lang):
    toks = tokens(text)
    hits = collections.defaultdict(list)
    for l in langs_for(lang, toks):
        for parts, sec, line in SETS[l]:
            for i in range(len(toks)):
                if part_match(parts[0], toks[i]):
                    last = cont(parts[1:], toks, i)
                    if last is not None:
                        hits[sec].append(f"{l}:{line}")
    has = lambda s: bool(hits.get(s))
    if has("urgent"): return "URGENT", hits
    if has("hijack"): return "OFF_TOPIC", hits
    if has("legal_assessment"): return "INDIVIDUAL_LEGAL", hits
    personal = has("first_person") or has("actor_action")
    score = sum(1.0 for s in ["adverse_decision", "actor_action", "eligibility", "personal_facts"] if has(s))
    if any(any(c.isdigit() and c.isascii() for c in t) for t in toks): score += 0.5
    if (has("adverse_decision") and has("first_person")) or (personal and score >= 2.0): return "INDIVIDUAL_LEGAL", hits
    if has("domain") or has("adverse_decision"): return "GENERAL_INFO", hits
    return "OFF_TOPIC", hits

SHORT = {"urgent": "U", "legal_assessment": "LA", "adverse_decision": "AD", "actor_action": "AA", "eligibility": "EL",
         "personal_facts": "PF", "first_person": "FP", "domain": "DOM", "off_topic": "OT", "hijack": "HJ"}

def show(hits, skip=("domain", "first_person")):
    return " | ".join(f"{SHORT.get(s, s)}: {', '.join(sorted(set(v)))[:160]}" for s, v in hits.items() if s not in skip)

if __name__ == "__main__":
    if sys.argv[1] == "-q":
        sys.path.insert(0, str(pathlib.Path(__file__).parent)); import pseudo
        q = pseudo.pseudonymise_all([sys.argv[3]])[sys.argv[3]]
        if q != sys.argv[3]: print("pseudonymised:", q)
        lab, hits = classify(q, sys.argv[2]); print(lab, "::", show(hits, ())); sys.exit()
    items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    if "--raw" not in sys.argv:
        sys.path.insert(0, str(pathlib.Path(__file__).parent)); import pseudo
        pm = pseudo.pseudonymise_all([it["text"] for it in items])
        for it in items: it["text"] = pm[it["text"]]
    conf = collections.Counter(); allp = "--all" in sys.argv
    for it in items:
        lab, hits = classify(it["text"], it.get("lang"))
        conf[(it["label"], lab)] += 1
        if lab != it["label"] or allp:
            print(f"{'  ' if lab == it['label'] else '✗ '}{it['id']} {it['label'][:4]}→{lab[:4]} {it['text'][:110]}\n      {show(hits)}")
    labs = ["GENERAL_INFO", "INDIVIDUAL_LEGAL", "URGENT", "OFF_TOPIC"]
    for g in labs:
        tot = sum(conf[(g, p)] for p in labs)
        print(f"{g:17}", " ".join(f"{conf[(g, p)]:4}" for p in labs), f"  recall {conf[(g, g)] / tot if tot else 0:.3f}")
    print("accuracy", f"{sum(conf[(g, g)] for g in labs) / len(items):.3f}")
