package dev.claimdesk.intake.internal;

import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.intake.IntakeResult;
import dev.claimdesk.platform.AppClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates, then stores the claim and its idempotency key (or, without one, its fingerprint) in one transaction. The
 * key's row is written first: a concurrent retry with the same key waits on it and then finds the first claim, so one
 * key makes one claim (and so one process instance).
 */
@Service
class IntakeService implements ClaimIntake {

    private final IntakeValidator validator;
    private final Claims claims;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AppClock clock;
    private final CounterfeitAppeals appeals;
    private final IntakeProperties settings;

    IntakeService(
            IntakeValidator validator,
            Claims claims,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            AppClock clock,
            CounterfeitAppeals appeals,
            IntakeProperties settings) {
        this.settings = settings;
        this.validator = validator;
        this.appeals = appeals;
        this.claims = claims;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IntakeResult submit(IntakeRequest request, String channel, String idempotencyKey) {
        Slot slot = idempotencyKey == null || idempotencyKey.isBlank()
                ? new FingerprintSlot(hash(request))
                : new KeySlot(jdbc, clock, channel, checkedKey(idempotencyKey), hash(request));
        var earlier = slot.earlier();
        if (earlier != null) {
            return earlier;
        }
        ClaimSubmission claim = validator.validate(request, channel);
        var appeal = appeals.findingAppealed(claim);
        try {
            return tx.execute(status -> {
                slot.take();
                String reference = store(claim, channel, appeal);
                slot.fill(reference);
                return new IntakeResult(reference, false);
            });
        } catch (DuplicateKeyException raced) {
            var winner = slot.earlier();
            if (winner == null) {
                throw raced;
            }
            return winner;
        }
    }

    /**
     * What makes a submission the same as an earlier one. Its row is written first in the claim's transaction: a
     * concurrent twin waits on it, then finds the first claim.
     */
    private interface Slot {

        /** The claim an earlier submission made, or null. */
        IntakeResult earlier();

        void take();

        void fill(String reference);
    }

    /** An Idempotency-Key: the same key with the same request is the same claim; with another request, a 409. */
    private record KeySlot(JdbcTemplate jdbc, AppClock clock, String channel, String key, String hash) implements Slot {

        @Override
        public IntakeResult earlier() {
            var rows = jdbc.query(
                    "SELECT request_hash, claim_reference FROM intake_request WHERE channel = ? AND idempotency_key = ?",
                    (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                    channel,
                    key);
            if (rows.isEmpty()) {
                return null;
            }
            if (!rows.getFirst()[0].equals(hash)) {
                throw new IntakeRejected(
                        IntakeRejected.Reason.CONFLICT,
                        "This Idempotency-Key was used for a different claim (" + rows.getFirst()[1]
                                + "); use a new key for a new claim.",
                        List.of());
            }
            return new IntakeResult(rows.getFirst()[1], true);
        }

        @Override
        public void take() {
            jdbc.update(
                    "INSERT INTO intake_request (channel, idempotency_key, request_hash, created_at)"
                            + " VALUES (?, ?, ?, ?)",
                    channel,
                    key,
                    hash,
                    Timestamp.from(clock.instant()));
        }

        @Override
        public void fill(String reference) {
            jdbc.update(
                    "UPDATE intake_request SET claim_reference = ? WHERE channel = ? AND idempotency_key = ?",
                    reference,
                    channel,
                    key);
        }
    }

    /**
     * No key: the same request (shop, category, every field: the order or period, the text; the files) within
     * {@code claimdesk.intake.duplicate-window} is the same claim sent twice (ADR 0151).
     */
    private final class FingerprintSlot implements Slot {
        private final String fingerprint;

        FingerprintSlot(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        private Timestamp windowStart() {
            return Timestamp.from(clock.instant().minus(settings.duplicateWindow()));
        }

        @Override
        public IntakeResult earlier() {
            if (settings.duplicateWindow().isZero()) {
                return null;
            }
            var rows = jdbc.queryForList(
                    "SELECT claim_reference FROM intake_fingerprint WHERE fingerprint = ? AND created_at >= ?"
                            + " AND claim_reference IS NOT NULL",
                    String.class,
                    fingerprint,
                    windowStart());
            return rows.isEmpty() ? null : new IntakeResult(rows.getFirst(), true);
        }

        @Override
        public void take() {
            jdbc.update(
                    "DELETE FROM intake_fingerprint WHERE fingerprint = ? AND created_at < ?",
                    fingerprint,
                    windowStart());
            jdbc.update(
                    "INSERT INTO intake_fingerprint (fingerprint, created_at) VALUES (?, ?)",
                    fingerprint,
                    Timestamp.from(clock.instant()));
        }

        @Override
        public void fill(String reference) {
            jdbc.update(
                    "UPDATE intake_fingerprint SET claim_reference = ? WHERE fingerprint = ?", reference, fingerprint);
        }
    }

    private static String checkedKey(String idempotencyKey) {
        String key = idempotencyKey.strip();
        if (key.length() > 200) {
            throw new IntakeRejected(
                    IntakeRejected.Reason.INVALID, "The Idempotency-Key is too long (200 at most).", List.of());
        }
        return key;
    }

    /** Stores the claim; a counterfeit claim against an open finding is that finding's appeal. */
    private String store(ClaimSubmission claim, String channel, java.util.Optional<String> appealedFinding) {
        String reference = claims.submit(claim, channel);
        appealedFinding.ifPresent(finding -> appeals.recordAppeal(finding, reference));
        return reference;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request's content, independent of map order, so that a faithful retry hashes the same. */
    private static String hash(IntakeRequest request) {
        var digest = sha256();
        digest.update(String.join(
                        "\n",
                        String.valueOf(request.category()),
                        String.valueOf(request.shop()),
                        String.valueOf(request.country()),
                        new TreeMap<>(request.fields()).toString(),
                        String.valueOf(request.usePhotosOnFile()))
                .getBytes(StandardCharsets.UTF_8));
        for (var upload : request.attachments()) {
            digest.update((upload.kind() + "|" + upload.filename() + "|").getBytes(StandardCharsets.UTF_8));
            digest.update(upload.content() == null ? new byte[0] : upload.content());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
