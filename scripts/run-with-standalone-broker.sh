#!/usr/bin/env bash
# Runs ClaimDesk against a standalone Zeebe broker (durable, on disk) instead of the embedded engine:
# downloads io.camunda:camunda-zeebe (tar.gz from Maven Central) once into target/, starts it on port 26600,
# then starts the application with claimdesk.engine.embedded=false. Ctrl-C stops both.
# Needs a JDK 21+ in JAVA_HOME. Usage: scripts/run-with-standalone-broker.sh [zeebe-version]
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-8.6.0}
dir=target/zeebe/camunda-zeebe-$version
if [[ ! -x $dir/bin/broker ]]; then
  ./mvnw -B -q dependency:copy -Dartifact=io.camunda:camunda-zeebe:$version:tar.gz -DoutputDirectory=target/zeebe
  tar xzf target/zeebe/camunda-zeebe-$version.tar.gz -C target/zeebe
fi
ZEEBE_BROKER_GATEWAY_ENABLE=true ZEEBE_BROKER_NETWORK_HOST=127.0.0.1 ZEEBE_BROKER_GATEWAY_NETWORK_PORT=26600 \
ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT=26601 ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT=26602 SERVER_PORT=9610 \
ZEEBE_BROKER_DATA_DIRECTORY=$PWD/target/zeebe/data \
  "$dir/bin/broker" > target/zeebe/broker.log 2>&1 &
broker=$!
trap 'kill $broker 2>/dev/null' EXIT
echo "Waiting for the broker's gateway on localhost:26600 (log: target/zeebe/broker.log)"
for _ in $(seq 1 60); do (echo > /dev/tcp/127.0.0.1/26600) 2>/dev/null && break; sleep 1; done
sleep 5 # the gateway answers before the partition is ready
./mvnw spring-boot:run -Dspring-boot.run.arguments="--claimdesk.engine.embedded=false --camunda.client.grpc-address=http://127.0.0.1:26600"
