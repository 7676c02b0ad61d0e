#!/usr/bin/env bash
# Installs what the real-VS-Code e2e run needs: Debian chromium + ripgrep + libkrb5-dev,
# and code-server 4.100.3 (VS Code 1.100.3 in a browser) in a cache folder outside the repo.
# code-server's own postinstall downloads things that cannot be fetched here, so its steps
# are replayed by hand (see /work/shared/notes/real-vscode-e2e.md for why each one is needed).
# Prints the code-server entry script path as its last line. Safe to run again: reuses the cache.
set -euo pipefail

version=4.100.3
cache_root="${IPTABLES_LS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iptables-ls-e2e}"
dir="$cache_root/code-server-$version"
entry="$dir/node_modules/code-server/out/node/entry.js"
stamp="$dir/.complete"

log() { echo "[e2e install] $*" >&2; }

# Debian packages: only ask apt when something is missing.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages (${need[*]}) and not root: install them first"; exit 1
  fi
  log "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq -o DPkg::Lock::Timeout=600 >&2
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${need[@]}" >&2
fi

if [ -f "$stamp" ] && [ -f "$entry" ]; then
  log "reusing $dir"
  echo "$entry"
  exit 0
fi

log "installing code-server $version into $dir (about a minute, ~300 MB)"
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
echo '{"name":"iptables-ls-e2e-code-server","private":true}' > package.json

# 1. The package itself, without its postinstall (which needs downloads), then its one native module.
npm install --ignore-scripts --no-save "code-server@$version" >&2
npm rebuild argon2 >&2

# 2. VS Code's own dependencies; ripgrep's postinstall skips its download when the binary is there.
vscode="$dir/node_modules/code-server/lib/vscode"
(cd "$vscode" && npm install --omit=dev --ignore-scripts >&2)
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
(cd "$vscode" && npm rebuild >&2)

# 3. The rest of code-server's postinstall.sh.
(cd "$vscode" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
(cd "$vscode/bin/remote-cli" && rm -rf code-server && ln -s code-linux.sh code-server)
(cd "$vscode/bin/helpers" && rm -rf browser.sh && ln -s browser-linux.sh browser.sh)
(cd "$vscode/extensions" && npm install --omit=dev >&2)

[ -f "$entry" ] || { log "code-server entry $entry is missing after install"; exit 1; }
node "$entry" --config /dev/null --version >&2 || { log "code-server does not start"; exit 1; }
touch "$stamp"
log "done"
echo "$entry"
