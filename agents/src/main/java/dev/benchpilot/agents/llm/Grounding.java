package dev.benchpilot.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number in a model's text is a measured figure: one of the numbers in the figures it was given
 * (or a rate among them as a percentage), equal within the rounding the text shows — "12.3" matches 12.34, "12"
 * matches 11.6, "1.2%" matches an error rate of 0.012. Numbers that are part of a name (p95, p99.9, HTTP/2, 5xx,
 * bench-001) are not figures and are not checked.
 */
public final class Grounding {

    /**
     * A number with what may follow it: a unit, a percent sign, punctuation or the end; never a letter run that names
     * something.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_./:-])(-?\\d+(?:[.,]\\d+)*(?:\\.\\d+)?)(?=(?:\\s|$|%|[,;:)\\]!?'\"]|\\.(?:\\s|$)|x\\b|ms\\b|s\\b|rps\\b|req/s|MB\\b|MiB\\b|GB\\b|KB\\b|h\\b))");

    private final TreeSet<Double> figures = new TreeSet<>();

    /** The numbers in every figures tree (leaves, numeric text, and numeric object keys such as status codes). */
    public Grounding(List<JsonNode> trees) {
        trees.forEach(this::collect);
    }

    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isNumber()) {
            add(node.asDouble());
        } else if (node.isTextual()) {
            Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(node.asText());
            while (m.find()) {
                add(Double.parseDouble(m.group()));
            }
        } else if (node.isContainerNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().matches("\\d+")) {
                    add(Double.parseDouble(field.getKey()));
                }
                collect(field.getValue());
            }
            if (node.isArray()) {
                node.forEach(this::collect);
            }
        }
    }

    private void add(double value) {
        if (Double.isFinite(value)) {
            figures.add(value);
            if (Math.abs(value) <= 1) {
                figures.add(value * 100);
            }
        }
    }

    /** The numbers in {@code text} that match no figure, as written. */
    public List<String> unmatched(String text) {
        List<String> invented = new ArrayList<>();
        if (text == null) {
            return invented;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group(1).replace(",", "");
            double value;
            try {
                value = Double.parseDouble(written);
            } catch (NumberFormatException e) {
                continue;
            }
            int dot = written.indexOf('.');
            double tolerance = 0.5 * Math.pow(10, -(dot < 0 ? 0 : written.length() - dot - 1)) + 1e-9;
            Double below = figures.floor(value + tolerance);
            if (below == null || below < value - tolerance) {
                invented.add(m.group(1));
            }
        }
        return invented;
    }
}
