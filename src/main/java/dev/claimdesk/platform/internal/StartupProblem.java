package dev.claimdesk.platform.internal;

/** Something outside the application stops it from starting: said in one line, with what to do about it. */
final class StartupProblem extends RuntimeException {

    private final String action;

    StartupProblem(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    static StartupProblem unreachable(String what, String address, String setting, String configured, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new StartupProblem(
                what + " unreachable at " + address + " (" + setting + " = " + configured + "): " + reason,
                "Start the " + what + " at " + address + ", or correct " + setting
                        + " (see the settings table in README.md); leave it unset to use the embedded one.",
                cause);
    }

    static StartupProblem portInUse(String what, int port, String setting) {
        return new StartupProblem(
                "Port " + port + " for the embedded " + what + " is already in use (is another ClaimDesk running?)",
                "Stop whatever listens on port " + port + ", or choose another port with " + setting
                        + " (0 = any free port).",
                null);
    }

    String action() {
        return action;
    }
}
