package dev.benchpilot.examples.shop;

/** An error the client caused or should know about, answered as {@code {"error": message}} with {@link #status()}. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
