# Sourced by ./mvnw, ./vigie and .ci/run (POSIX sh): finds a JDK 21 or newer, since the default java may be older.
#   vigie_find_jdk     prints $JAVA_HOME when it is a JDK >= 21, else the newest JDK >= 21 under /usr/lib/jvm;
#                      fails when there is none
#   vigie_java_major   prints the major version of the java binary $1

vigie_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

vigie_find_jdk() {
  local v dir best best_v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v="$(vigie_java_major "$JAVA_HOME/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  best="" best_v=0
  # find, not a glob: mvnw runs with globbing off (set -f); -type d skips the aliases Debian links beside each JDK
  for dir in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null); do
    [ -x "$dir/bin/javac" ] || continue
    v="$(vigie_java_major "$dir/bin/java")"
    if [ -n "$v" ] && [ "$v" -gt "$best_v" ]; then best="$dir"; best_v="$v"; fi
  done
  [ "$best_v" -ge 21 ] && echo "$best"
}

# Maven's Guice uses sun.misc.Unsafe, which JDK 24+ warns about on every build.
vigie_maven_opts() {
  if [ "$(vigie_java_major "$1/bin/java")" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in
      *sun-misc-unsafe-memory-access*) ;;
      *) MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"; export MAVEN_OPTS ;;
    esac
  fi
}
