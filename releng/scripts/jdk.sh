# Sourced (POSIX sh) by mvnw, attributionlens and .ci/run.
# The 2026 Eclipse platform needs Java 21; Debian's default JDK is 17. When
# JAVA_HOME is unset or too old, look for a newer JDK in the usual places.
attributionlens_java_major() {
  # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

attributionlens_use_jdk21() {
  _need=21
  if [ -n "${JAVA_HOME-}" ]; then
    _v=$(attributionlens_java_major "$JAVA_HOME")
    [ -n "$_v" ] && [ "$_v" -ge "$_need" ] && return 0
  fi
  _best= _bestv=0
  # mvnw runs with "set -f"; the search below needs globbing
  _hadNoGlob=
  case $- in *f*) _hadNoGlob=1; set +f ;; esac
  _javac=$(command -v javac 2>/dev/null || true)
  _fromPath=
  [ -n "$_javac" ] && _fromPath=$(dirname "$(dirname "$(readlink -f "$_javac")")")
  for _d in $_fromPath /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$_d" ] || continue
    _v=$(attributionlens_java_major "$_d")
    [ -n "$_v" ] || continue
    if [ "$_v" -ge "$_need" ] && [ "$_v" -gt "$_bestv" ]; then _best=$_d _bestv=$_v; fi
  done
  [ -z "$_hadNoGlob" ] || set -f
  if [ -z "$_best" ]; then
    echo "Attribution Lens needs a JDK $_need or newer (java and javac); none was found." >&2
    echo "Looked at JAVA_HOME=${JAVA_HOME-<unset>}, the javac on PATH and /usr/lib/jvm/*." >&2
    echo "Install one (e.g. a Temurin 21+ JDK) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$_best
  export JAVA_HOME
}
