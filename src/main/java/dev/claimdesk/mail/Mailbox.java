package dev.claimdesk.mail;

import java.util.List;
import java.util.Optional;

/** The mail module's API. */
public interface Mailbox {

    /**
     * Queues a mail to the claim's seller in the caller's transaction (or a new one): it is sent after that transaction
     * commits and never if it rolls back. Queuing again with the same idempotency key returns the first mail's
     * Message-ID and queues nothing.
     *
     * @return the mail's Message-ID (without angle brackets)
     */
    String queue(OutgoingMail mail);

    /**
     * Queues a notice about a case that is not a claim (an RTV case), like {@link #queue(OutgoingMail)}: once per
     * idempotency key, sent after the caller's transaction commits.
     *
     * @return the mail's Message-ID (without angle brackets)
     */
    String queue(CaseMail mail);

    /** Every mail to and from the claim's (or case's) seller, oldest first. */
    List<ThreadEntry> thread(String claimReference);

    /** A kept attachment of a seller's mail on this claim's (or case's) thread, with its content. */
    Optional<AttachmentFile> attachment(String claimReference, long attachmentId);

    record AttachmentFile(String fileName, String contentType, byte[] content) {

        /** Always a download (never shown inline): a seller's file is not trusted to render in the back office. */
        public org.springframework.http.ResponseEntity<byte[]> asDownload() {
            return org.springframework.http.ResponseEntity.ok()
                    .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                    .header(
                            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                            org.springframework.http.ContentDisposition.attachment()
                                    .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(content);
        }
    }
}
