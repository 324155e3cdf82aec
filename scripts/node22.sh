#!/usr/bin/env bash
# Runs "$@" under Node >= 22.12 (Astro 7's minimum). Uses the system node when it is
# new enough; otherwise installs the official Node 22 binary from the npm registry
# (package node-<platform>-<arch>@22, no install script) once into a cache folder.
set -euo pipefail

need_major=22 need_minor=12
ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e "const [a,b]=process.versions.node.split('.').map(Number);process.exit(a>$need_major||(a===$need_major&&b>=$need_minor)?0:1)"
}

if ! ok; then
  cache="${NNOPS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nnops-node22}"
  pkg="node-$(node -p 'process.platform')-$(node -p 'process.arch')"
  if [ ! -x "$cache/node_modules/.bin/node" ]; then
    echo "node22: system Node $(node --version) is older than $need_major.$need_minor; installing $pkg@$need_major into $cache" >&2
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "$pkg@$need_major" >&2
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
  ok || { echo "node22: could not provide Node >= $need_major.$need_minor" >&2; exit 1; }
fi
exec "$@"
