package dev.claimdesk.intake;

/** Takes in claims from every channel through the same rules. */
public interface ClaimIntake {

    /**
     * Checks the request against its category's rules and stores the claim (which starts its process).
     *
     * @param channel who submits: an integration's name, or "web" for the seller's form
     * @param idempotencyKey a retry with the same key and request returns the first claim; may be null
     * @throws IntakeRejected naming each wrong or missing field
     */
    IntakeResult submit(IntakeRequest request, String channel, String idempotencyKey);
}
