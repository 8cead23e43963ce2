package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Append-only: rows are inserted, never updated or deleted. */
@Entity
@Immutable
@Table(name = "claim_audit")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private Long claimId;

    private Instant at;
    private String actor;
    private String event;
    private String details;

    @Column(name = "job_key")
    private Long jobKey;

    /** The step's facts as published ({@link AuditFacts}), for rebuilding read models from the trail. */
    private String facts;

    protected AuditRecord() {}

    AuditRecord(Long claimId, Instant at, String actor, String event, String details, Long jobKey) {
        this(claimId, at, actor, event, details, jobKey, null);
    }

    AuditRecord(Long claimId, Instant at, String actor, String event, String details, Long jobKey, String facts) {
        this.facts = facts;
        this.jobKey = jobKey;
        this.claimId = claimId;
        this.at = at;
        this.actor = actor;
        this.event = event;
        this.details = details;
    }

    AuditEntry entry() {
        return new AuditEntry(at, actor, event, details);
    }
}
