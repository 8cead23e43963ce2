package dev.claimdesk.platform.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** UP when the engine's gateway answers a topology request: the workers can reach it. */
final class EngineHealthIndicator extends AbstractHealthIndicator {

    private final CamundaClient client;

    EngineHealthIndicator(CamundaClient client) {
        super("Zeebe gateway unreachable");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var topology = client.newTopologyRequest()
                .useGrpc()
                .requestTimeout(Duration.ofSeconds(3))
                .send()
                .join();
        builder.up()
                .withDetail("gatewayVersion", topology.getGatewayVersion())
                .withDetail("brokers", topology.getBrokers().size())
                .withDetail("partitions", topology.getPartitionsCount());
    }
}
