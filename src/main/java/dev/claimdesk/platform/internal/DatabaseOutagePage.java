package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While our database is out of reach every back-office page fails (even the check of who is signed in needs it):
 * instead of a stack-trace error page, a 503 that says what happened, that nothing of this request was saved, and
 * when to try again. Outside the security filters, so it also covers their failure; the page names no user data.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutagePage {

    static final String RETRY_AFTER_SECONDS = "60";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutagePageFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException failure) {
                    if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                        throw failure;
                    }
                    logger.warn("Request " + request.getRequestURI() + " failed, the database out of reach: "
                            + failure.getMessage());
                    answer(request, response);
                }
            }
        });
        // before Spring Security's filters (-100): their own reads of the database fail too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // the APIs answer in problem details, as their other refusals
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                            {"type":"about:blank","title":"Try again later","status":503,\
                            "detail":"The back office cannot reach its database; nothing was stored. Send the same \
                            request again, with the same Idempotency-Key, in a minute."}""");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("""
                        <!DOCTYPE html>
                        <html lang="en"><head><meta charset="utf-8"><title>ClaimDesk: try again in a minute</title>
                        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}</style>
                        </head><body>
                        <h1>The back office cannot reach its database</h1>
                        <p>Nothing of what this page was asked to do has been saved. Claims, tasks and mail stored
                        before are kept, and work waiting on the database carries on by itself once it is back.</p>
                        <p>Try again in a minute (go back and send the form again). If this lasts, tell the team that
                        runs ClaimDesk: its health check shows the database as down.</p>
                        </body></html>
                        """);
    }
}
