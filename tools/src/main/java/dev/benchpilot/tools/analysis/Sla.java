package dev.benchpilot.tools.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service-level agreement such as {@code p95<200ms,p99<500ms,errors<1%,rps>=100}. Metrics: latency
 * percentiles {@code p50 p90 p95 p99 p999}, {@code mean}, {@code max} (units {@code us}, {@code ms}, {@code s});
 * {@code errors} (a percentage, or a fraction); {@code rps} (achieved requests per second). Operators
 * {@code < <= > >=}. A clause naming anything else is refused with a message naming it: a misspelt metric must
 * never pass silently (k6 issue #1526).
 */
public record Sla(List<Clause> clauses) {

    private static final Pattern CLAUSE =
            Pattern.compile("\\s*([a-z0-9_]+)\\s*(<=|>=|<|>)\\s*([0-9]*\\.?[0-9]+)\\s*([a-z%]*)\\s*");
    private static final List<String> LATENCIES = List.of("p50", "p90", "p95", "p99", "p999", "mean", "max");

    /**
     * @param metric    p95, errors, rps, ...
     * @param threshold in milliseconds for latencies, a fraction for errors, requests per second for rps
     */
    public record Clause(String metric, String operator, double threshold, String text) {

        public boolean holds(double measured) {
            return switch (operator) {
                case "<" -> measured < threshold;
                case "<=" -> measured <= threshold;
                case ">" -> measured > threshold;
                default -> measured >= threshold;
            };
        }

        public boolean isLatency() {
            return LATENCIES.contains(metric);
        }
    }

    public Sla {
        clauses = List.copyOf(clauses);
    }

    /** Parses the text; {@link IllegalArgumentException} names the clause that is wrong and why. */
    public static Sla parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--sla is empty (example: \"p95<200ms,errors<1%\")");
        }
        List<Clause> clauses = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split(",", -1)) {
            if (raw.isBlank()) {
                throw new IllegalArgumentException(
                        "--sla has an empty clause in '" + text.strip() + "' (example: \"p95<200ms,errors<1%\")");
            }
            Matcher m = CLAUSE.matcher(raw);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "--sla clause '" + raw.trim() + "' is not METRIC<OP>VALUE (example: p95<200ms)");
            }
            String metric =
                    m.group(1).equals("error_rate") ? "errors" : m.group(1).equals("throughput") ? "rps" : m.group(1);
            double value = Double.parseDouble(m.group(3));
            String unit = m.group(4);
            double threshold;
            if (LATENCIES.contains(metric)) {
                threshold = switch (unit) {
                    case "ms" -> value;
                    case "s" -> value * 1000;
                    case "us" -> value / 1000;
                    default ->
                        throw new IllegalArgumentException(
                                "--sla clause '" + raw.trim() + "': a latency needs a unit of us, ms or s");
                };
            } else if (metric.equals("errors")) {
                threshold = switch (unit) {
                    case "%" -> value / 100;
                    case "" -> value;
                    default ->
                        throw new IllegalArgumentException(
                                "--sla clause '" + raw.trim() + "': errors are a percentage (1%) or a fraction");
                };
            } else if (metric.equals("rps")) {
                if (!unit.isEmpty() && !unit.equals("rps")) {
                    throw new IllegalArgumentException("--sla clause '" + raw.trim() + "': rps takes no unit");
                }
                threshold = value;
            } else {
                throw new IllegalArgumentException("--sla clause '" + raw.trim() + "': unknown metric '" + metric
                        + "' (known: p50, p90, p95, p99, p999, mean, max, errors, rps)");
            }
            checkSense(metric, m.group(2), threshold, raw.trim());
            clauses.add(new Clause(metric, m.group(2), threshold, raw.trim()));
        }
        return new Sla(clauses);
    }

    /** A clause no run could ever meet is a mistake: an error rate above 100%, a limit below 0 or of 0 with "<". */
    private static void checkSense(String metric, String operator, double threshold, String clause) {
        if (metric.equals("errors") && threshold > 1) {
            throw new IllegalArgumentException("--sla clause '" + clause + "': an error rate is between 0% and 100%");
        }
        if (operator.equals("<") && threshold <= 0) {
            throw new IllegalArgumentException(
                    "--sla clause '" + clause + "': nothing is below 0, so no run could meet it");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("--sla clause '" + clause + "': the number is out of range");
        }
    }

    /** The p95 limit in milliseconds if the SLA sets one with {@code <} or {@code <=}, else null. */
    public Double p95LimitMs() {
        return clauses.stream()
                .filter(c -> c.metric().equals("p95") && c.operator().startsWith("<"))
                .map(Clause::threshold)
                .min(Double::compare)
                .orElse(null);
    }
}
