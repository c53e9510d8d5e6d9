package dev.benchpilot.examples.shop;

/** An error the client caused or should know about, answered as {@code {"error": message}} with its status. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
