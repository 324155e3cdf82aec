#!/usr/bin/env bash
# PyTorch 2.x for the trace snippet's test. Debian bookworm (this machine, CI) packages PyTorch 1.13
# only and PyPI is out of reach; Debian trixie packages python3-torch 2.6 and python3-torchvision
# 0.21. This builds a minimal trixie root with them once (debootstrap, ~3 min, ~1.7 GB) and runs
# python3 inside it.
#
#   bash scripts/torch2.sh install          build the root (needs root, or debootstrap installed)
#   bash scripts/torch2.sh python ARGS...   python3 ARGS... in the root, in a copy of tools/
#
# The working directory inside is a private copy of the repo's tools/ (so "tools/models.py" and
# sys.path "tools" work as they do outside), made per call so two test runs never share one.
set -euo pipefail

root="${NNOPS_TORCH2_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/nnops-torch2/root}"
mirror="${NNOPS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
repo="$(cd "$(dirname "$0")/.." && pwd)"

ready() { [ -f "$root/.nnops-ready" ]; }

case "${1:-}" in
  install)
    if ready; then exit 0; fi
    if ! command -v debootstrap >/dev/null 2>&1; then
      echo "torch2: installing debootstrap" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    echo "torch2: building a Debian trixie root with python3-torch and python3-torchvision in $root" >&2
    rm -rf "$root.partial" && mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase --include=python3-torch,python3-torchvision trixie "$root.partial" "$mirror" >"$root.log" 2>&1 \
      || { tail -20 "$root.log" >&2; echo "torch2: debootstrap failed (log: $root.log)" >&2; exit 1; }
    rm -rf "$root" && mv "$root.partial" "$root"
    v="$(chroot "$root" /usr/bin/env UCX_LOG_LEVEL=fatal python3 -c 'import torch, torchvision; print(torch.__version__, torchvision.__version__)' 2>/dev/null)" \
      || { echo "torch2: the root's python3 cannot import torch and torchvision" >&2; exit 1; }
    echo "torch2: PyTorch and torchvision $v" >&2
    touch "$root/.nnops-ready"
    ;;
  python)
    shift
    if ! ready; then
      echo "torch2: no PyTorch 2.x root at $root; build it with: bash scripts/torch2.sh install" >&2
      exit 3
    fi
    work="$(mktemp -d "$root/tmp/nnops.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    cp -r "$repo/tools" "$work/tools"
    # A private /proc (a mount namespace) keeps PyTorch's cpuinfo and UCX quiet; as a non-root user a
    # user namespace maps the caller to root. Where namespaces are refused, a plain chroot (as root),
    # with UCX told to log nothing, since it logs to standard output.
    ns=(unshare --mount --pid --fork --mount-proc="$root/proc")
    [ "$(id -u)" = 0 ] || ns=(unshare --map-root-user --mount --pid --fork --mount-proc="$root/proc")
    "${ns[@]}" true 2>/dev/null || ns=()
    "${ns[@]}" chroot "$root" /usr/bin/env -C "/tmp/$(basename "$work")" PYTHONDONTWRITEBYTECODE=1 UCX_LOG_LEVEL=fatal python3 "$@"
    ;;
  *)
    echo "usage: bash scripts/torch2.sh install | python ARGS..." >&2
    exit 2
    ;;
esac
