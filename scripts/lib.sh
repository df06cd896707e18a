# Shared by scripts/demo and scripts/test. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${OPSDESK_BUILD_DIR:-$ROOT/build}"
JOBS="${OPSDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian packages needed to build and run the console.
BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-positioning-dev
  qt6-svg-dev qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libxlsxwriter-dev libqrencode-dev
  libsodium-dev libsqlite3-dev libgl-dev libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-cjk gnome-keyring dbus dbus-x11 libsecret-tools
)
# And those the test suite needs on top.
TEST_PACKAGES=(
  xvfb xauth imagemagick poppler-utils sqlite3 clang-format libreoffice-calc-nogui
)

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root to install packages: run as root or install sudo." >&2; return 1; fi
}

# Installs only the packages that are missing; does nothing when all are there.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  log "Installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Configures once, then builds incrementally.
build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    log "Configuring $BUILD_DIR"
    # shellcheck disable=SC2086 # OPSDESK_CMAKE_ARGS is a list of arguments
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      ${OPSDESK_CMAKE_ARGS:-} "$@" >/dev/null
  fi
  log "Building"
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# Node.js and npm run the API contract tools (linter, validating proxy). Any
# node ≥ 18 with npm will do; Debian's packages are installed when none is.
ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null; then
    return 0
  fi
  ensure_packages nodejs npm
}
