package dev.claimdesk.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change an admin made to a user or a team: who, when, what, the values before and after (never a password). */
@Entity
@Table(name = "admin_audit")
class AdminAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(name = "subject_kind", nullable = false)
    private String subjectKind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String action;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AdminAuditEntry() {}

    AdminAuditEntry(
            Instant at, String actor, AuditRow.Kind kind, String subject, String action, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.subjectKind = kind.name();
        this.subject = subject;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    AuditRow view() {
        return new AuditRow(at, actor, AuditRow.Kind.valueOf(subjectKind), subject, action, before, after);
    }
}
