package dev.claimdesk.intake.internal;

import dev.claimdesk.security.BearerTokenFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an intake API request whose declared body is larger than {@code claimdesk.intake.max-request-size} before
 * reading it, with a problem document (runs after authentication: strangers learn nothing).
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final IntakeProperties.Attachments attachments;

    RequestSizeLimit(IntakeProperties settings) {
        this.limit = settings.maxRequestSize();
        this.attachments = settings.attachments();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            BearerTokenFilter.problem(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body has " + request.getContentLengthLong() / (1024 * 1024) + " MB; the API reads at"
                            + " most " + limit.toMegabytes() + " MB (attachments: " + attachments.maxFiles()
                            + " files of at most " + attachments.maxFileSize().toMegabytes() + " MB each).");
            return;
        }
        chain.doFilter(request, response);
    }
}
