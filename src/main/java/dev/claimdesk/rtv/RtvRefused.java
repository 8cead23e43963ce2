package dev.claimdesk.rtv;

/** An RTV request that cannot be accepted: {@code field} names what is wrong, the message says why. */
public class RtvRefused extends RuntimeException {

    private final String field;

    public RtvRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
