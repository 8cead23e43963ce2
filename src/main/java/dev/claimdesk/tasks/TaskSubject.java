package dev.claimdesk.tasks;

import java.util.Objects;

/**
 * What a task is about: a claim, or another case of a process (an RTV case, a counterfeit finding), by type and
 * reference. Visibility ("who may see the case") and the list's text search go by the subject, so a new kind of case
 * needs no change here.
 */
public record TaskSubject(String type, String reference) {

    /** The subject type of ClaimHandling's tasks. */
    public static final String CLAIM = "claim";

    public TaskSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
    }

    public static TaskSubject claim(String reference) {
        return new TaskSubject(CLAIM, reference);
    }

    public boolean isClaim() {
        return CLAIM.equals(type);
    }
}
