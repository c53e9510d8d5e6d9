package dev.benchpilot.tools.monitor;

import java.net.URI;

/**
 * What to watch on the target while the load runs.
 *
 * @param pid        its process on this machine (Linux /proc), or null
 * @param metricsUrl its Prometheus endpoint, or null; the caller checks it is an allowed (loopback) address
 */
public record TargetWatch(Long pid, URI metricsUrl) {

    public static final TargetWatch NOTHING = new TargetWatch(null, null);

    public boolean isEmpty() {
        return pid == null && metricsUrl == null;
    }
}
