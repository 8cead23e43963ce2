package dev.claimdesk.platform;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.Optional;

/**
 * Moves time forward for the embedded engine and the application together, so that timers (deadlines in working
 * days) can be exercised without waiting. Only possible with the embedded engine: a real cluster keeps real time.
 */
public final class EngineTime {

    private final AppClock clock;
    private final ZeebeTestEngine engine;

    public EngineTime(AppClock clock, ZeebeTestEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    /** Moves both clocks forward; the engine then fires every timer that fell due. */
    public void advance(Duration duration) {
        if (engine == null) {
            throw new IllegalStateException(
                    "Time can only be moved with the embedded engine (claimdesk.engine.embedded=true)");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward: " + duration);
        }
        engine.increaseTime(duration);
        clock.advance(duration);
    }

    /** The embedded engine, for tests that read its record stream. */
    public Optional<ZeebeTestEngine> embeddedEngine() {
        return Optional.ofNullable(engine);
    }
}
