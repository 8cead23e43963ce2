package dev.claimdesk.claims.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findByClaimIdOrderById(Long claimId);

    boolean existsByJobKeyAndEvent(Long jobKey, String event);
}
