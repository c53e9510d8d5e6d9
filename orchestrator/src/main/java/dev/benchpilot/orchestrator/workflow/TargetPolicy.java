package dev.benchpilot.orchestrator.workflow;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where load may go: loopback (127.0.0.0/8, ::1) by default, plus host names listed in
 * {@code BENCHPILOT_ALLOWED_TARGETS} (comma-separated). A load tester reachable over HTTP is otherwise a weapon.
 */
public final class TargetPolicy {

    private final List<String> allowedHosts;

    public TargetPolicy(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
    }

    public static TargetPolicy fromEnvironment() {
        String configured = System.getenv("BENCHPILOT_ALLOWED_TARGETS");
        return new TargetPolicy(configured == null ? List.of() : Arrays.asList(configured.split(",")));
    }

    /**
     * Throws {@link UsageException} unless {@code target} is an http(s) URL to an allowed host without credentials in
     * it (a URL is written to plans, reports and the history, so a password in it would be too).
     */
    public void check(URI target) {
        if (target.getRawUserInfo() != null) {
            throw new UsageException(
                    "credentials in a URL are refused (the URL is written to plans, reports and the history): "
                            + "remove '" + (target.getRawUserInfo().contains(":") ? "user:password" : "user")
                            + "@' from " + target.getScheme()
                            + "://" + target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort())
                            + " and give them with --auth-header or --credentials");
        }
        if (target.getScheme() == null
                || !List.of("http", "https").contains(target.getScheme().toLowerCase(Locale.ROOT))
                || target.getHost() == null) {
            throw new UsageException("target must be an http:// or https:// URL with a host, was '" + target + "'");
        }
        if (target.getPort() > 65_535) {
            throw new UsageException("port " + target.getPort() + " is out of range (1-65535) in " + target.getScheme()
                    + "://" + target.getHost() + ":" + target.getPort());
        }
        String host = target.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (allowedHosts.contains(host) || isLoopback(host)) {
            return;
        }
        throw new UsageException(
                "target host '" + host + "' is not allowed: load goes only to loopback unless the host "
                        + "is listed in BENCHPILOT_ALLOWED_TARGETS");
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
