package dev.benchpilot.tools.scripts;

import java.util.ArrayList;
import java.util.List;

/** k6 execution segments: how N k6 processes (on one or several hosts) split one script's load between them. */
public final class K6Segments {

    private K6Segments() {}

    /** The segment points {@code 0, 1/n, ..., 1} as k6 writes them; segment i runs from point i to point i + 1. */
    public static List<String> sequence(int n) {
        List<String> points = new ArrayList<>(List.of("0"));
        for (int i = 1; i < n; i++) {
            points.add(i + "/" + n);
        }
        points.add("1");
        return points;
    }
}
