package dev.claimdesk.demo;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How far the demo's made-up past has been stored, shown in every page's bar while it loads (the dashboard's charts
 * fill as it goes), so nobody takes a half-filled chart for the real figures.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnProperty(name = "claimdesk.demo.enabled", havingValue = "true")
class DemoHistoryProgress {

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean loading;
    private volatile boolean casesLoading;

    /** The demo's cases, then {@code count} past claims, are being loaded. */
    void started(int count) {
        total.set(count);
        done.set(0);
        casesLoading = true;
        loading = true;
    }

    /** The demo's live cases are in; the past may still be loading. */
    void casesLoaded() {
        casesLoading = false;
    }

    void done(int count) {
        done.set(count);
    }

    void finished() {
        loading = false;
    }

    @ModelAttribute("demoNotice")
    String demoNotice() {
        if (!loading) {
            return null;
        }
        return casesLoading
                ? "Demo cases loading: claims, counterfeit findings and an RTV request"
                : "Demo history loading: %,d of %,d past claims".formatted(done.get(), total.get());
    }
}
