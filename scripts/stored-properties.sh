#!/bin/sh
# Counts the stored properties of a struct: the `var`/`let` declarations at the top level of its body that are not
# computed (no `{` getter after the type). Usage: scripts/stored-properties.sh FILE TYPE (default: BrowserSession).
file=${1:-Sources/ResoluteUI/Browser/BrowserSession.swift}
type=${2:-BrowserSession}
awk -v type="$type" '
  $0 ~ "^(public )?(final )?(struct|class) " type "[:<{ ]" { inside = 1; next }
  inside && /^}/ { inside = 0 }
  inside && /^  (public |private |fileprivate |internal )?(internal\(set\) |private\(set\) )?(var|let) [A-Za-z_]+/ {
    line = $0
    sub(/\/\/.*/, "", line)
    if (line ~ /\{[^}]*$/ || line ~ /\{.*\}[ ]*$/) next   # a computed property
    count++
    print "  " line
  }
  END { print count " stored properties" }
' "$file"
