#!/usr/bin/env bash
# The embedded engine, database and mail server in a JVM of their own, from the project's jar (README "Local servers
# that outlive the application"). They run until Ctrl-C; the application started with their settings, e.g.
#   set -a; . target/local-servers.env; set +a; ./mvnw spring-boot:run
# can be stopped, restarted or killed and finds everything where it was.
# Arguments go to the servers, e.g. --claimdesk.engine.port=26501 --env-file=target/other.env
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar=$(ls target/claimdesk-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -n1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/claimdesk-*.jar | grep -v -- '-plain.jar' | head -n1)
fi
exec "$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=dev.claimdesk.platform.internal.LocalServers \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
