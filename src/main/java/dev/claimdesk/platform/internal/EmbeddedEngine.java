package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.AppClock;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Zeebe engine with in-memory state and a gRPC gateway, inside this JVM: the job workers reach it over gRPC
 * exactly as they would reach a cluster. It keeps nothing at exit, which is why it is for the demo run and the tests
 * only (see docs/adr/0002-embedded-zeebe-engine.md). One per JVM.
 */
final class EmbeddedEngine {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);
    private static EmbeddedEngine instance;

    private final ZeebeTestEngine engine;
    private final int port;
    private final AppClock clock;

    private EmbeddedEngine(ZeebeTestEngine engine, int port, AppClock clock) {
        this.engine = engine;
        this.port = port;
        this.clock = clock;
    }

    /**
     * @param zone the team's time zone, for the application clock that moves with this engine's clock: one per
     *     engine, shared by every application context of the JVM (test contexts share the engine too)
     */
    static synchronized EmbeddedEngine obtain(int requestedPort, ZoneId zone) {
        if (instance == null) {
            int port = FreePort.orFree(requestedPort, "Zeebe engine (gRPC)", "claimdesk.engine.port");
            ZeebeTestEngine engine = EngineFactory.create(port);
            engine.start();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "zeebe-engine-stop"));
            instance = new EmbeddedEngine(engine, port, new AppClock(Clock.system(zone)));
            log.info("Engine: embedded Zeebe (in memory, lost at exit), gRPC gateway localhost:{}", port);
        }
        return instance;
    }

    ZeebeTestEngine engine() {
        return engine;
    }

    AppClock clock() {
        return clock;
    }

    Map<String, Object> springProperties() {
        return Map.of(
                "camunda.client.grpc-address",
                "http://localhost:" + port,
                // the embedded engine has a gRPC gateway only
                "camunda.client.prefer-rest-over-grpc",
                false);
    }
}
