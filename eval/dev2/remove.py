"""Remove exact pattern lines from a guard list (only lines not in the original copy /tmp/guard_orig):
python3 remove.py LANG < lines"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from guard_emul import GUARD
from insert import norm_line
lang = sys.argv[1]
orig = set(pathlib.Path(f"/tmp/guard_orig/{lang}.txt").read_text(encoding="utf-8").splitlines())
drop = {norm_line(l.strip()) for l in sys.stdin if l.strip()}
p = GUARD / f"{lang}.txt"
lines = p.read_text(encoding="utf-8").split("\n")
kept = [l for l in lines if not (l.strip() in drop and l not in orig)]
print(f"{lang}: removed {len(lines) - len(kept)}", file=sys.stderr)
p.write_text("\n".join(kept), encoding="utf-8")
