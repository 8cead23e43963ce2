package dev.claimdesk.security.internal;

import dev.claimdesk.platform.AppClock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the admin audit log: every change to a user or a team, in the transaction of the change. */
@Component
class AdminAudit {

    static final int SHOWN = 50;

    private final AdminAuditRepository repository;
    private final AppClock clock;

    AdminAudit(AdminAuditRepository repository, AppClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void record(String actor, AuditRow.Kind kind, String subject, String action, String before, String after) {
        repository.save(new AdminAuditEntry(clock.instant(), actor, kind, subject, action, before, after));
    }

    @Transactional(readOnly = true)
    List<AuditRow> latest(AuditRow.Kind kind) {
        return repository.findBySubjectKindOrderByIdDesc(kind.name(), PageRequest.ofSize(SHOWN)).stream()
                .map(AdminAuditEntry::view)
                .toList();
    }

    @Transactional(readOnly = true)
    List<AuditRow> of(AuditRow.Kind kind, String subject) {
        return repository
                .findBySubjectKindAndSubjectOrderByIdDesc(kind.name(), subject, PageRequest.ofSize(SHOWN))
                .stream()
                .map(AdminAuditEntry::view)
                .toList();
    }
}
