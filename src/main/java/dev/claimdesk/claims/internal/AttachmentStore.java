package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.ClaimSubmission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Attachments in the database; contents are read only when asked for, never with the claim. */
@Repository
class AttachmentStore {

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long claimId, ClaimSubmission.NewAttachment file) {
        jdbc.update(
                "INSERT INTO claim_attachment (claim_id, kind, filename, content_type, size_bytes, sha256, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                claimId,
                file.kind().name(),
                file.filename(),
                file.contentType(),
                file.content().length,
                sha256(file.content()),
                file.content());
    }

    List<ClaimDetails.Attachment> list(long claimId) {
        return jdbc.query(
                "SELECT id, kind, filename, content_type, size_bytes FROM claim_attachment WHERE claim_id = ? ORDER BY id",
                (rs, row) -> new ClaimDetails.Attachment(
                        rs.getLong("id"),
                        AttachmentKind.valueOf(rs.getString("kind")),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes")),
                claimId);
    }

    Optional<byte[]> content(long claimId, long attachmentId) {
        return jdbc
                .query(
                        "SELECT content FROM claim_attachment WHERE claim_id = ? AND id = ?",
                        (rs, row) -> rs.getBytes(1),
                        claimId,
                        attachmentId)
                .stream()
                .findFirst();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
