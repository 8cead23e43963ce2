package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.ClaimSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

@Entity
@Table(name = "claim")
class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String category;
    private String shop;

    @Column(name = "seller_email")
    private String sellerEmail;

    private String country;

    @Column(name = "order_number")
    private String orderNumber;

    private String description;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    @Column(name = "process_instance_key")
    private Long processInstanceKey;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Claim() {}

    Claim(ClaimSubmission submission, Instant now) {
        this.category = submission.category();
        this.shop = submission.shop();
        this.sellerEmail = submission.sellerEmail();
        this.country = submission.country();
        this.orderNumber = submission.orderNumber();
        this.description = submission.description();
        this.status = ClaimStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** CLM-YYYY-NNNNNN: the year of submission in the team's time zone and the claim's number. */
    void assignReference(ZoneId zone) {
        this.reference = "CLM-%d-%06d".formatted(submittedAt.atZone(zone).getYear(), id);
    }

    void moveTo(ClaimStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    ClaimStatus status() {
        return status;
    }

    Long processInstanceKey() {
        return processInstanceKey;
    }

    ClaimSummary summary() {
        return new ClaimSummary(
                reference, category, shop, sellerEmail, country, status, submittedAt, processInstanceKey);
    }
}
