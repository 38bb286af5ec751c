#!/bin/sh
# Prints what the parser reads from each file's header (id, body, adoption date, title) and, for files with YAML
# front matter (the ga80 markdown), counts how many ids and titles agree with the front matter's symbol and title.
# Usage: scripts/header-facts.sh FOLDER [BINARY]   (default binary: .build/debug/resolute)
set -u
folder=${1:?usage: $0 FOLDER [BINARY]}
binary=${2:-.build/debug/resolute}
for file in "$folder"/*; do
  [ -f "$file" ] || continue
  "$binary" show --json "$file" 2>/dev/null | python3 -c '
import json, re, sys
path = sys.argv[1]
d = json.load(sys.stdin)
text = open(path, encoding="utf-8", errors="replace").read()
front = {}
if text.startswith("---"):
    for line in text.split("---")[1].splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            front[key.strip()] = value.strip().strip("\"")
symbol_ok = title_ok = ""
if front:
    symbol_ok = "id-ok" if d["symbol"] == front.get("symbol") else "ID-DIFFERS"
    want = re.sub(r"\s*:$", "", front.get("title", ""))
    title_ok = "title-ok" if (d["title"] or "") == want else "TITLE-DIFFERS"
print("\t".join(str(x) for x in [path.split("/")[-1], d["id"], d["body"], d["adopted"], (d["title"] or "")[:60], symbol_ok, title_ok]))
' "$file"
done | tee /tmp/header-facts.$$ 
echo "files: $(wc -l < /tmp/header-facts.$$); with id: $(awk -F'\t' '$2 != "None"' /tmp/header-facts.$$ | wc -l);" \
  "dated: $(awk -F'\t' '$4 != "None"' /tmp/header-facts.$$ | wc -l); titled: $(awk -F'\t' '$5 != ""' /tmp/header-facts.$$ | wc -l);" \
  "id = front matter: $(grep -c 'id-ok' /tmp/header-facts.$$ || true); title = front matter: $(grep -c 'title-ok' /tmp/header-facts.$$ || true)"
rm -f /tmp/header-facts.$$
