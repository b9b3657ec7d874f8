#!/usr/bin/env bash
# Runs Keycloak with the pack on http://localhost:8080 to try it out; only a JDK is needed.
# Keycloak, its H2 database and the imported realm live in .run/ and survive the next run.
# Ctrl-C stops Keycloak. Extra arguments go to DemoMain, e.g. ./run.sh --port=8081
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's:.*<keycloak.latest.version>\(.*\)</keycloak.latest.version>.*:\1:p' pom.xml)
echo "Building the pack and fetching Keycloak ${version} (the first run downloads for a while)..."
# The integration-tests module stages the distribution, the provider jars and the realm export.
# Piped so that Maven, seeing no terminal, prints no stray colour codes. The demo needs no
# browser-check tools, so the npm-install profile stays off and no npm is needed.
./mvnw -B -q -DskipTests -P '!npm-install' package -pl integration-tests -am 2>&1 | cat

staged=integration-tests/target
classpath="testbed/target/classes:$(cat testbed/target/runtime-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# exec: Ctrl-C goes straight to the JVM, whose shutdown hook stops Keycloak.
exec "$java" -cp "$classpath" io.github.jsm2fa.testbed.demo.DemoMain \
  --distribution="$staged/keycloak-${version}" \
  --providers="$staged/providers" \
  --realms="$staged/realm" \
  --run-dir=.run \
  "$@"
