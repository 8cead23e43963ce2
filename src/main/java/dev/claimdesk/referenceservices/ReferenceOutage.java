package dev.claimdesk.referenceservices;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Makes the bundled order and bill services answer 503 until it is ended: to watch retries and incidents in the demo
 * (and to test them) with a real outage of a real HTTP service.
 */
@Component
public class ReferenceOutage {

    private final AtomicBoolean down = new AtomicBoolean();

    public void start() {
        down.set(true);
    }

    public void end() {
        down.set(false);
    }

    public boolean isOn() {
        return down.get();
    }
}
