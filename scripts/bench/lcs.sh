#!/bin/sh
# Compares WordDiff's hand-written Myers (CommonSubsequence, linear space) with the standard library's
# CollectionDifference on word-number sequences: same LCS length?, same matching?, time on long paragraphs.
# Usage: scripts/bench/lcs.sh   (from the package root; builds with swiftc -O into a temporary folder)
set -e
dir=$(mktemp -d)
swiftc -O Sources/ResolutionKit/Compare/CommonSubsequence.swift scripts/bench/lcs/main.swift -o "$dir/lcs"
"$dir/lcs"
rm -rf "$dir"
