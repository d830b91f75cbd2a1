#!/usr/bin/env bash
# Installs what Meridian needs from Debian (bookworm) on a fresh machine or a CI runner, and
# checks the toolchains that do not come from apt (Node 20+, Go, Java 17 + Maven).
#
# Idempotent: packages already installed are left alone, and `apt-get update` runs only when
# something is missing. The lab starts its own Postgres, slapd, Prometheus and etcd on its own
# ports and folders (deploy/local/lab.ts), so the system services these packages ship must not
# run: they are kept from starting while we install and stopped if they run anyway.
#
# Needs only apt and the package registries. Usage: sudo scripts/install-prereqs.sh
set -euo pipefail

PACKAGES=(
  postgresql            # the lab's real Postgres 15 (/usr/lib/postgresql/15/bin)
  slapd ldap-utils      # the lab's OpenLDAP and its CLI (ldapadd seeds the directory)
  prometheus            # the lab's Prometheus
  prometheus-alertmanager  # the lab's Alertmanager (alert routing for the monitoring subgraph's rules)
  etcd-server           # optional: the lab normally builds its own etcd from Go modules
  chromium              # screenshots and browser tests (driven by playwright-core)
  fonts-noto-cjk        # zh-CN text in screenshots
  openssl               # lab PKI for the Kubernetes control plane
  procps psmisc         # ps, pkill by pid, fuser: process checks in the lab scripts
  iproute2              # ss: port checks
  util-linux            # setpriv, flock, runuser
  ca-certificates       # HTTPS to the package registries
  openjdk-17-jdk-headless maven  # Kafka's and Elasticsearch's jars come from Maven Central; javac + jar build the lab's Elasticsearch pieces
)
# System services that some of these packages start on install (package -> service); the lab
# runs its own instances instead.
declare -A SERVICE_OF=([postgresql]=postgresql [slapd]=slapd [prometheus]=prometheus [prometheus-alertmanager]=prometheus-alertmanager [etcd-server]=etcd)

log() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "run as root (or install sudo)"
  SUDO=(sudo)
fi

# Parallel installs on a shared machine wait for each other instead of failing on dpkg's lock.
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive)
if command -v flock >/dev/null; then APT=("${SUDO[@]}" flock /tmp/meridian-apt.lock env DEBIAN_FRONTEND=noninteractive); fi

installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }

missing=()
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done

if ((${#missing[@]})); then
  log "installing: ${missing[*]}"
  # policy-rc.d answering 101 tells invoke-rc.d and deb-systemd-invoke not to start services;
  # an existing policy (Docker images have one) is put back afterwards.
  policy=/usr/sbin/policy-rc.d
  backup=""
  if [[ -e $policy ]]; then backup=$(mktemp); "${SUDO[@]}" cp -p "$policy" "$backup"; fi
  restore_policy() {
    if [[ -n $backup ]]; then "${SUDO[@]}" cp -p "$backup" "$policy"; rm -f "$backup"; else "${SUDO[@]}" rm -f "$policy"; fi
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\n# written by meridian scripts/install-prereqs.sh while installing\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod 755 "$policy"

  "${APT[@]}" apt-get update
  "${APT[@]}" apt-get install -y --no-install-recommends "${missing[@]}"

  restore_policy
  trap - EXIT

  # Belt and braces: if a service we just installed started anyway (an init system that
  # ignores policy-rc.d), stop it and keep it from starting at boot, so it never holds 5432,
  # 389, 9090 or 2379. Services installed before this run are the machine owner's business.
  for p in "${missing[@]}"; do
    svc=${SERVICE_OF[$p]:-}
    [[ -n $svc ]] || continue
    [[ -e /etc/init.d/$svc || -e /lib/systemd/system/$svc.service ]] || continue
    if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
      "${SUDO[@]}" systemctl disable --now "$svc" >/dev/null 2>&1 || true
    elif command -v service >/dev/null; then
      "${SUDO[@]}" service "$svc" stop >/dev/null 2>&1 || true
    fi
  done
else
  log "Debian packages: all ${#PACKAGES[@]} installed"
fi

# Anything but the lab itself listening on a port the lab needs would make `lab up` fail later:
# say so now. A listener is the lab's when its process group is one the lab recorded.
lab_dir=${MERIDIAN_LAB_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.lab}
lab_pgids=" $(for f in "$lab_dir"/pids/*.pid; do [[ -e $f ]] && printf '%s ' "$(cat "$f")"; done; true) "
if command -v ss >/dev/null; then
  for port in 55432 9092 9093 9095 2525 3389 9090 2379 2380 6443 9200 9300; do
    pid=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    [[ -n $pid ]] || continue
    pgid=$(ps -o pgid= -p "$pid" | tr -d ' ')
    [[ $lab_pgids == *" $pgid "* ]] && continue
    warn "port $port is in use by $(ps -o comm= -p "$pid") (pid $pid), not by the lab: lab up will fail until it stops"
  done
fi

# Toolchains.
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
[[ -n $java_major && $java_major -ge 17 ]] || die "Java 17+ is needed (found: ${java_major:-none}); install openjdk-17-jdk-headless"
mvn -v >/dev/null 2>&1 || die "Maven is needed (mvn not found or broken)"
command -v javac >/dev/null && command -v jar >/dev/null || die "a JDK (javac, jar) is needed, not only a JRE: install openjdk-17-jdk-headless"
log "java $java_major, $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"

if command -v node >/dev/null; then
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [[ $node_major -ge 20 ]] || warn "Node 20+ is needed (found $(node -v)); Debian's nodejs is too old, use NodeSource or a CI setup-node step"
  log "node $(node -v), npm $(npm -v 2>/dev/null || echo missing)"
else
  warn "Node 20+ is needed and was not found"
fi
if command -v go >/dev/null; then log "$(go version)"; else warn "Go is needed to build the lab's Kubernetes control plane (deploy/local/k8s) and was not found"; fi
[[ -x /usr/lib/postgresql/15/bin/postgres ]] || warn "expected Postgres 15 at /usr/lib/postgresql/15/bin (another major version got installed?)"

log "prerequisites ready"
