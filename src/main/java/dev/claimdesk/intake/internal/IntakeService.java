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
 * Validates, then stores the claim and its idempotency key in one transaction. The key's row is written first: a
 * concurrent retry with the same key waits on it and then finds the first claim, so one key makes one claim (and so
 * one process instance).
 */
@Service
class IntakeService implements ClaimIntake {

    private final IntakeValidator validator;
    private final Claims claims;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AppClock clock;
    private final CounterfeitAppeals appeals;

    IntakeService(
            IntakeValidator validator,
            Claims claims,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            AppClock clock,
            CounterfeitAppeals appeals) {
        this.validator = validator;
        this.appeals = appeals;
        this.claims = claims;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IntakeResult submit(IntakeRequest request, String channel, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            ClaimSubmission claim = validator.validate(request, channel);
            var appeal = appeals.findingAppealed(claim);
            return new IntakeResult(tx.execute(status -> store(claim, channel, appeal)), false);
        }
        String key = idempotencyKey.strip();
        if (key.length() > 200) {
            throw new IntakeRejected(
                    IntakeRejected.Reason.INVALID, "The Idempotency-Key is too long (200 at most).", List.of());
        }
        String hash = hash(request);
        var earlier = earlier(channel, key, hash);
        if (earlier != null) {
            return earlier;
        }
        ClaimSubmission claim = validator.validate(request, channel);
        var appeal = appeals.findingAppealed(claim);
        try {
            return tx.execute(status -> {
                jdbc.update(
                        "INSERT INTO intake_request (channel, idempotency_key, request_hash, created_at)"
                                + " VALUES (?, ?, ?, ?)",
                        channel,
                        key,
                        hash,
                        Timestamp.from(clock.instant()));
                String reference = store(claim, channel, appeal);
                jdbc.update(
                        "UPDATE intake_request SET claim_reference = ? WHERE channel = ? AND idempotency_key = ?",
                        reference,
                        channel,
                        key);
                return new IntakeResult(reference, false);
            });
        } catch (DuplicateKeyException raced) {
            var winner = earlier(channel, key, hash);
            if (winner == null) {
                throw raced;
            }
            return winner;
        }
    }

    /** Stores the claim; a counterfeit claim against an open finding is that finding's appeal. */
    private String store(ClaimSubmission claim, String channel, java.util.Optional<String> appealedFinding) {
        String reference = claims.submit(claim, channel);
        appealedFinding.ifPresent(finding -> appeals.recordAppeal(finding, reference));
        return reference;
    }

    private IntakeResult earlier(String channel, String key, String hash) {
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

    /** The request's content, independent of map order, so that a faithful retry hashes the same. */
    private static String hash(IntakeRequest request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
