package dev.claimdesk.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says in one line what to set when nobody can sign in: `java -jar` without the demo profile starts the same embedded
 * services as the demo but creates no users.
 */
@Component
class NoUserHint {

    private static final Logger log = LoggerFactory.getLogger(NoUserHint.class);

    private final AppUserRepository users;
    private final Environment env;

    NoUserHint(AppUserRepository users, Environment env) {
        this.users = users;
        this.env = env;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        boolean demo = env.getProperty("claimdesk.demo.enabled", Boolean.class, false);
        if (!demo && users.count() == 0) {
            log.warn("Nobody can sign in yet: there are no users. For the demo users and claims start with"
                    + " --spring.profiles.active=demo (or SPRING_PROFILES_ACTIVE=demo).");
        }
    }
}
