package dev.claimdesk.rtv;

import java.time.Instant;

/** A photo the warehouse staff took of the returned goods (the content is read separately). */
public record RtvPhoto(
        long id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}
