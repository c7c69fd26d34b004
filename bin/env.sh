# shellcheck shell=bash
# Sourced by bin/* and .ci/run: finds a JDK 25 and exports JAVA_HOME, PATH and MAVEN_OPTS.
# The machine's default java may be 17; nothing here relies on it.
#
# Order: $JAVA_HOME if it is a JDK 25; else /usr/lib/jvm/*25*; else install one with apt-get
# (openjdk-25-jdk-headless, or temurin-25-jdk if a Temurin apt source is configured).

jsheap_java_feature() {
  # Prints the feature version ("25") of the JDK at $1, or nothing.
  local release="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
  fi
}

jsheap_find_jdk25() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ "$(jsheap_java_feature "$JAVA_HOME")" = "25" ]; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  for candidate in /usr/lib/jvm/*25*; do
    [ -d "$candidate" ] || continue
    if [ "$(jsheap_java_feature "$candidate")" = "25" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

jsheap_install_jdk25() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  echo "env.sh: no JDK 25 found; trying apt-get" >&2
  $sudo apt-get update -qq >&2 || return 1
  local pkg
  for pkg in openjdk-25-jdk-headless temurin-25-jdk; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2 && return 0
    fi
  done
  echo "env.sh: apt has neither openjdk-25-jdk-headless nor temurin-25-jdk" >&2
  return 1
}

if ! JSHEAP_JDK="$(jsheap_find_jdk25)"; then
  if jsheap_install_jdk25; then
    JSHEAP_JDK="$(jsheap_find_jdk25)" || JSHEAP_JDK=""
  else
    JSHEAP_JDK=""
  fi
fi
if [ -z "$JSHEAP_JDK" ]; then
  echo "env.sh: cannot find or install a JDK 25 (looked at \$JAVA_HOME and /usr/lib/jvm/*25*)" >&2
  return 1 2>/dev/null || exit 1
fi

export JAVA_HOME="$JSHEAP_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# Maven itself touches sun.misc.Unsafe; JDK 25 warns unless this is set.
case " ${MAVEN_OPTS:-} " in
  *" --sun-misc-unsafe-memory-access="*) ;;
  *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
esac
# Maven 3.8+: the one on PATH, else Debian's package (apt-get install maven). Scripts call it as
# "$JSHEAP_MVN". (No Maven Wrapper: it would commit a download address; docs/decisions.md.)
jsheap_install_maven() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  echo "env.sh: no mvn on PATH; installing Debian's maven package" >&2
  $sudo apt-get update -qq >&2 || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >&2
}
if ! command -v mvn >/dev/null 2>&1 && ! jsheap_install_maven; then
  echo "env.sh: cannot find or install Maven (apt-get install maven)" >&2
  return 1 2>/dev/null || exit 1
fi
JSHEAP_MVN="$(command -v mvn)"
export JSHEAP_MVN
# Repository root, for scripts that source this file.
JSHEAP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JSHEAP_ROOT
unset JSHEAP_JDK
