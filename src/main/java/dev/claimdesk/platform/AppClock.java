package dev.claimdesk.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock. It reads the system clock plus an offset so that, with the embedded engine, tests and
 * demos can move the application's time together with the engine's (see {@link EngineTime}); in production the
 * offset stays zero.
 */
public final class AppClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AppClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AppClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AppClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** How far this clock runs ahead of the system clock. */
    public Duration offset() {
        return offset.get();
    }

    void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }
}
