#!/usr/bin/env bash
# Runs scripts/setup's install branches without touching the network or the machine: stub
# apt-get, sudo, id, rustup, cargo and npm come first on PATH, HOME is an empty folder (no
# ~/.cargo/bin tools), the Debian presence checks look in an empty folder, and the project
# files are copied to a folder with no node_modules. Each stub appends the command it was given
# to a log; the test compares that log with the commands a fresh machine needs, once as root
# and once as a non-root user (who goes through sudo). A green CI on a machine that already has
# the packages proves nothing about these branches; this does.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# Writes an executable stub that logs its name and arguments (and DEBIAN_FRONTEND for apt-get).
stub() {
  local name=$1 body=${2:-}
  cat >"$work/stubs/$name" <<STUB
#!/usr/bin/env bash
printf '%s\n' "$name \$*" >>"\$STUB_LOG"
$body
STUB
  chmod +x "$work/stubs/$name"
}

# Like stub, but silent: `id -u` only tells the script who runs it.
quiet_stub() {
  printf '#!/usr/bin/env bash\n%s\n' "$2" >"$work/stubs/$1"
  chmod +x "$work/stubs/$1"
}

# The stubs' bodies are single-quoted on purpose: they expand when the stub runs.
# shellcheck disable=SC2016
make_stubs() {
  mkdir -p "$work/stubs" "$work/empty-bin"
  quiet_stub id 'if [ "${1:-}" = -u ]; then echo "$STUB_UID"; else exec /usr/bin/id "$@"; fi'
  stub sudo 'exec "$@"'
  stub apt-get 'printf "%s\n" "  DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-unset}" >>"$STUB_LOG"'
  # Nothing installed: no wasm32 target, no components.
  stub rustup 'true'
  stub cargo 'true'
  # `npm ci` leaves a wasm-opt behind, as the real binaryen package does.
  stub npm 'mkdir -p node_modules/.bin && printf "#!/bin/sh\necho wasm-opt version 132\n" >node_modules/.bin/wasm-opt && chmod +x node_modules/.bin/wasm-opt'
}

# Runs the copied setup as user id $1 and compares the log with the expected file $2.
check_as() {
  local uid=$1 expected=$2 project="$work/project-$1"
  mkdir -p "$project/scripts" "$work/home-$uid"
  cp "$repo/scripts/setup" "$repo/scripts/env.sh" "$project/scripts/"
  cp "$repo/Cargo.lock" "$repo/Trunk.toml" "$repo/package.json" "$repo/package-lock.json" "$project/"
  : >"$work/log-$uid"
  if ! env -u DEBIAN_FRONTEND HOME="$work/home-$uid" PATH="$work/stubs:/usr/bin:/bin" STUB_LOG="$work/log-$uid" \
    STUB_UID="$uid" SETUP_SYSTEM_BIN="$work/empty-bin" \
    "$project/scripts/setup" >"$work/out-$uid" 2>&1; then
    echo "FAIL: setup as uid $uid exited with an error:"; cat "$work/out-$uid"
    failures=$((failures + 1)); return
  fi
  if diff -u "$expected" "$work/log-$uid"; then
    echo "ok: setup as uid $uid runs the install commands a fresh machine needs"
  else
    echo "FAIL: setup as uid $uid (expected - / ran +)"; failures=$((failures + 1))
  fi
}

make_stubs
wb="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$repo/Cargo.lock")"
packages="chromium chromium-driver brotli firefox-esr shellcheck"
after_apt="rustup target list --installed
rustup target add wasm32-unknown-unknown
rustup component list --installed
rustup component add rustfmt
rustup component list --installed
rustup component add clippy
rustup component list --installed
rustup component add rust-src
cargo install trunk --locked --version 0.21.14
cargo install wasm-bindgen-cli --version $wb --force
cargo install --list
cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked
npm ci --no-audit --no-fund --loglevel=error"

printf '%s\n' "apt-get update -qq" "  DEBIAN_FRONTEND=unset" \
  "apt-get install -y -qq $packages" "  DEBIAN_FRONTEND=noninteractive" "$after_apt" >"$work/expected-root"
check_as 0 "$work/expected-root"

printf '%s\n' "sudo apt-get update -qq" "apt-get update -qq" "  DEBIAN_FRONTEND=unset" \
  "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages" \
  "apt-get install -y -qq $packages" "  DEBIAN_FRONTEND=noninteractive" "$after_apt" >"$work/expected-user"
check_as 1000 "$work/expected-user"

[ "$failures" -eq 0 ] || { echo "$failures set-up case(s) failed"; exit 1; }
