package dev.claimdesk.security.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdminAuditRepository extends JpaRepository<AdminAuditEntry, Long> {

    List<AdminAuditEntry> findBySubjectKindOrderByIdDesc(String subjectKind, Pageable page);

    List<AdminAuditEntry> findBySubjectKindAndSubjectOrderByIdDesc(String subjectKind, String subject, Pageable page);
}
