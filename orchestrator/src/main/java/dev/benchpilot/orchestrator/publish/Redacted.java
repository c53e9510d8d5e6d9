package dev.benchpilot.orchestrator.publish;

import java.net.URI;

/** A URL as it may be shown: scheme, host and port only; a webhook's secret lives in its path or query. */
public final class Redacted {

    private Redacted() {}

    public static String url(URI url) {
        if (url == null) {
            return "(none)";
        }
        if (url.getHost() == null) {
            return "(a URL that is not one)";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + (url.getRawPath() == null
                                || url.getRawPath().isEmpty()
                                || url.getRawPath().equals("/")
                        ? ""
                        : "/…");
    }
}
