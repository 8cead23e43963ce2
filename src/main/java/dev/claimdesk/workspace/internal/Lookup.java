package dev.claimdesk.workspace.internal;

/**
 * What an outside service answered for the claim view: the data, or why there is none. A failure is shown in the page
 * as a box, never as an error page.
 */
public record Lookup<T>(T value, Kind kind, String message) {

    public enum Kind {
        FOUND,
        /** The service answered that it does not know it (the order, the shop). */
        NOT_FOUND,
        /** The service failed or did not answer in time. */
        UNAVAILABLE
    }

    public static <T> Lookup<T> found(T value) {
        return new Lookup<>(value, Kind.FOUND, null);
    }

    public static <T> Lookup<T> notFound(String message) {
        return new Lookup<>(null, Kind.NOT_FOUND, message);
    }

    public static <T> Lookup<T> unavailable(String message) {
        return new Lookup<>(null, Kind.UNAVAILABLE, message);
    }

    public boolean isFound() {
        return kind == Kind.FOUND;
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }

    public boolean isUnavailable() {
        return kind == Kind.UNAVAILABLE;
    }
}
