package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.referenceservices.ReferenceOutage;
import dev.claimdesk.referenceservices.ReferenceServices;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** During a simulated outage every reference service endpoint answers 503, as a service that is down would. */
@Component
class OutageFilter extends OncePerRequestFilter {

    private final ReferenceOutage outage;

    OutageFilter(ReferenceOutage outage) {
        this.outage = outage;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith(ReferenceServices.ORDERS_API) || path.startsWith(ReferenceServices.BILLING_API));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (outage.isOn()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"The reference service is in a simulated outage.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
