#!/bin/sh
# Prints one hash of everything in a commit outside content/: the code, layouts, styles,
# scripts, package-lock.json, the workflows. Two commits that differ only in content/
# (articles, photos, site.yaml, pages) print the same hash; any other change prints another.
#
# The publishing workflow (.github/workflows/publish.yml) runs the test suite only for a hash
# no earlier run has passed the tests with. That is safer than diffing a push against the
# commit before it: that commit may never have passed the tests (its run failed, or was
# cancelled while it waited for the one before), and a schedule or a first push has none.
#
# Reads the commit's top-level tree only (git ls-tree without -r): a subtree's hash covers
# everything below it, so a shallow clone of one commit is enough.
#
# Usage: scripts/code-fingerprint.sh [commit]   (HEAD by default)
set -eu

commit=${1:-HEAD}
# Taken apart from the pipe below, so that a failing git stops the script instead of hashing nothing.
tree=$(git ls-tree --full-tree "$commit")
# Each line is "<mode> <type> <hash><TAB><name>"; only the folder named content is left out.
printf '%s\n' "$tree" | awk -F '\t' '!($2 == "content" && $1 ~ / tree /)' | git hash-object --stdin
