package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimDeadlines;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.ClaimSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

@Entity
@Table(name = "claim")
class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ClaimCategory category;

    private String shop;

    @Column(name = "shop_name")
    private String shopName;

    @Column(name = "seller_email")
    private String sellerEmail;

    private String country;
    private String channel;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "statement_period")
    private String statementPeriod;

    @Column(name = "trade_type")
    private String tradeType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_field", joinColumns = @JoinColumn(name = "claim_id"))
    @MapKeyColumn(name = "field")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "value")
    private Map<ClaimField, String> fields = new EnumMap<>(ClaimField.class);

    @Column(name = "sla_breached")
    private boolean slaBreached;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    @Column(name = "process_instance_key")
    private Long processInstanceKey;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Column(name = "reply_due_at")
    private Instant replyDueAt;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    /** When it reached a final status: the claim search's "closed between" (V130). */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Claim() {}

    Claim(ClaimSubmission submission, Instant now) {
        this.category = submission.category();
        this.shop = submission.shop();
        this.shopName = submission.shopName();
        this.sellerEmail = submission.sellerEmail();
        this.country = submission.country();
        this.channel = submission.channel();
        this.orderNumber = submission.field(ClaimField.ORDER_NUMBER);
        this.statementPeriod = submission.field(ClaimField.STATEMENT_PERIOD);
        this.tradeType = submission.field(ClaimField.TRADE_TYPE);
        this.fields.putAll(submission.fields());
        this.status = ClaimStatus.SUBMITTED;
        this.submittedAt = submission.submittedAt() == null ? now : submission.submittedAt();
        this.updatedAt = now;
    }

    /** CLM-YYYY-NNNNNN: the year of submission in the team's time zone and the claim's number. */
    void assignReference(ZoneId zone) {
        this.reference = "CLM-%d-%06d".formatted(submittedAt.atZone(zone).getYear(), id);
    }

    void moveTo(ClaimStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
        this.closedAt = newStatus.isOpen() ? null : (closedAt == null ? now : closedAt);
    }

    void breachSla(Instant now) {
        this.slaBreached = true;
        this.updatedAt = now;
    }

    void responseDue(Instant at) {
        this.responseDueAt = at;
    }

    /** A new information request: its reply deadline; the reminder of the previous one no longer applies. */
    void replyDue(Instant at) {
        this.replyDueAt = at;
        this.reminderAt = null;
    }

    void remindAt(Instant at) {
        this.reminderAt = at;
    }

    ClaimDeadlines deadlines() {
        return new ClaimDeadlines(responseDueAt, replyDueAt, reminderAt);
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

    ClaimCategory category() {
        return category;
    }

    Map<ClaimField, String> fields() {
        return fields;
    }

    boolean slaBreached() {
        return slaBreached;
    }

    ClaimSummary summary() {
        return new ClaimSummary(
                reference,
                category,
                shop,
                shopName,
                sellerEmail,
                country,
                channel,
                status,
                slaBreached,
                submittedAt,
                processInstanceKey);
    }
}
