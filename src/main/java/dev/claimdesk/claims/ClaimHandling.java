package dev.claimdesk.claims;

/** Names shared by bpmn/ClaimHandling.bpmn and its workers. */
public final class ClaimHandling {

    public static final String PROCESS_ID = "ClaimHandling";

    /** Job types: kebab-case verb-object, one worker each. */
    public static final String JOB_REGISTER_CLAIM = "claims-register-claim";

    /** Process variables. */
    public static final String VAR_CLAIM_REFERENCE = "claimReference";

    private ClaimHandling() {}
}
