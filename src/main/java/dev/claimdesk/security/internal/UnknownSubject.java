package dev.claimdesk.security.internal;

/** No user or team by that name: the page answers 404. */
public class UnknownSubject extends RuntimeException {

    public UnknownSubject(String kind, String id) {
        super("No " + kind + " " + id);
    }
}
