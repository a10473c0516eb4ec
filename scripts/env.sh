# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are read by the scripts that source this file
# Sourced by the scripts: tool paths and pinned versions, read from the files that own them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION="0.21.14"
# wasm_split_cli (crate wasm_split_cli_support): splits the app's module (scripts/lib/split.mjs).
WASM_SPLIT_VERSION="0.2.4"
# The wasm-bindgen CLI and test runner must equal the crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
