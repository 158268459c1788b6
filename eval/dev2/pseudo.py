"""What the guard sees: runs `lotse eval pii` on the questions (no gold spans) and applies the detected spans as
placeholders, as classify_question does. Cached in /tmp/guard_pseudo_cache.json."""
import json, subprocess, tempfile, re, os, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[2]
CACHE = pathlib.Path("/tmp/guard_pseudo_cache.json")
LINE = re.compile(r'^  (\S+) \[[^\]]*\] extra (\w+) "(.*)"$')

def rust_unescape(s):
    out, i = "", 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "u" and s[i + 2:i + 3] == "{":
                j = s.index("}", i)
                out += chr(int(s[i + 3:j], 16)); i = j + 1; continue
            out += {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(n, n); i += 2; continue
        out += c; i += 1
    return out

def pseudonymise_all(texts):
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    todo = [t for t in dict.fromkeys(texts) if t not in cache]
    for k in range(0, len(todo), 8):
        chunk = todo[k:k + 8]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for i, t in enumerate(chunk):
                f.write(json.dumps({"id": f"q{i}", "lang": "xx", "text": t, "spans": []}, ensure_ascii=False) + "\n")
        out = subprocess.run([str(ROOT / "target/debug/lotse"), "eval", "pii", f.name], capture_output=True, text=True).stdout
        os.unlink(f.name)
        found = {i: [] for i in range(len(chunk))}
        for line in out.splitlines():
            m = LINE.match(line)
            if m:
                found[int(m.group(1)[1:])].append((m.group(2), rust_unescape(m.group(3))))
        for i, t in enumerate(chunk):
            n = {}
            for kind, val in found[i]:
                n[kind] = n.get(kind, 0) + 1
                t2 = t.replace(val, f"[{kind}_{n[kind]}]", 1)
                t = t2
            cache[chunk[i]] = t
    CACHE.write_text(json.dumps(cache, ensure_ascii=False))
    return {t: cache[t] for t in texts}
