"""Append patterns to a section of a guard list: python3 insert.py LANG SECTION < lines
Lines are normalised token by token (keeping * and $), '#' lines are kept as comments, duplicates skipped.
A missing section is created before [first_person] (or at the end)."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from guard_emul import normalize, GUARD

def norm_line(line):
    out = []
    for tok in line.split():
        star = tok.startswith("*"); dollar = tok.endswith("$")
        core = tok.strip("*").rstrip("$")
        n = normalize(core)
        if len(n) < 3 and not dollar and not star:
            dollar = True  # short tokens are exact (README rule)
        out.append(("*" if star else "") + n + ("$" if dollar else ""))
    return " ".join(out)

def main(lang, section, lines):
    path = GUARD / f"{lang}.txt"
    text = path.read_text(encoding="utf-8").split("\n")
    heads = [i for i, l in enumerate(text) if l.strip().startswith("[") and l.strip().endswith("]")]
    names = {text[i].strip()[1:-1]: i for i in heads}
    if section not in names:
        at = names.get("first_person", len(text))
        text[at:at] = [f"[{section}]", ""]
        heads = [i for i, l in enumerate(text) if l.strip().startswith("[") and l.strip().endswith("]")]
        names = {text[i].strip()[1:-1]: i for i in heads}
    start = names[section]
    end = next((h for h in heads if h > start), len(text))
    existing = {l.strip() for l in text[start + 1:end] if l.strip() and not l.startswith("#")}
    new = []
    for l in lines:
        l = l.strip()
        if not l: continue
        if l.startswith("#"): new.append(l); continue
        n = norm_line(l)
        if n in existing: continue
        existing.add(n); new.append(n)
    # insert before trailing blank lines of the section
    ins = end
    while ins > start + 1 and not text[ins - 1].strip(): ins -= 1
    text[ins:ins] = new
    path.write_text("\n".join(text), encoding="utf-8")
    print(f"{lang} [{section}] +{sum(1 for x in new if not x.startswith('#'))}", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.stdin.read().splitlines())
