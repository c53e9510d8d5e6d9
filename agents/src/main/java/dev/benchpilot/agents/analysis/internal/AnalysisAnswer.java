package dev.benchpilot.agents.analysis.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.agents.analysis.Finding;
import dev.benchpilot.agents.analysis.Todo;
import dev.benchpilot.agents.llm.Grounding;
import dev.benchpilot.agents.llm.LlmRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a model's analysis and turns it into findings, todos and narrative. Rejected: JSON of another shape, a
 * severity or priority outside the reference's terms, a number in any text that is not a measured figure, and a
 * recommendation whose evidence neither quotes a measured figure nor names one of the findings.
 *
 * <pre>{"findings": [{"severity": "warning", "title": "...", "evidence": "..."}],
 *  "recommendations": [{"title": "...", "priority": "immediate|short-term|long-term", "effortHours": 2,
 *                       "expectedImpact": "...", "evidence": "..."}],
 *  "narrative": ["paragraph", ...]}</pre>
 */
public final class AnalysisAnswer {

    public record Parsed(List<Finding> findings, List<Todo> todos, List<String> narrative) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> SEVERITIES = Set.of("ok", "warning", "critical");
    static final Set<String> PRIORITIES = Set.of("immediate", "short-term", "long-term");

    private AnalysisAnswer() {}

    public static LlmRole.Checked<Parsed> check(String answer, Grounding grounding) {
        JsonNode root;
        try {
            root = JSON.readTree(LlmRole.jsonOf(answer));
        } catch (Exception e) {
            return LlmRole.Checked.invalid(List.of("the answer is not JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        if (root == null
                || !root.path("findings").isArray()
                || !root.path("narrative").isArray()) {
            return LlmRole.Checked.invalid(
                    List.of("expected {\"findings\": [...], \"recommendations\": [...], \"narrative\": [...]}"));
        }
        List<String> errors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int n = 0;
        for (JsonNode node : root.path("findings")) {
            n++;
            String severity = node.path("severity").asText("").toLowerCase(Locale.ROOT);
            String title = text(node, "title");
            String evidence = text(node, "evidence");
            if (!SEVERITIES.contains(severity)) {
                errors.add("finding " + n + ": severity must be ok, warning or critical");
            }
            if (title.isEmpty() || evidence.isEmpty()) {
                errors.add("finding " + n + ": needs a title and its evidence");
            }
            grounded(grounding, "finding " + n, title + " " + evidence, errors);
            findings.add(new Finding(severity, title, evidence));
        }
        if (findings.isEmpty() || findings.size() > 12) {
            errors.add("give 1 to 12 findings");
        }
        List<Todo> todos = new ArrayList<>();
        n = 0;
        for (JsonNode node : root.path("recommendations")) {
            n++;
            String where = "recommendation " + n;
            String priority = node.path("priority").asText("").toLowerCase(Locale.ROOT);
            double effort = node.path("effortHours").asDouble(-1);
            String evidence = text(node, "evidence");
            if (!PRIORITIES.contains(priority)) {
                errors.add(where + ": priority must be immediate, short-term or long-term");
            }
            if (!(effort > 0 && effort <= 200)) {
                errors.add(where + ": effortHours must be a number of hours above 0 and at most 200");
            }
            if (text(node, "title").isEmpty() || text(node, "expectedImpact").isEmpty()) {
                errors.add(where + ": needs a title and an expectedImpact");
            }
            grounded(
                    grounding,
                    where,
                    text(node, "title") + " " + text(node, "expectedImpact") + " " + evidence,
                    errors);
            if (!citesEvidence(evidence, findings, grounding)) {
                errors.add(where + ": its evidence must quote a measured figure or name one of the findings");
            }
            todos.add(new Todo(
                    String.format(Locale.ROOT, "bench-%03d", n),
                    text(node, "title"),
                    priority,
                    effort,
                    text(node, "expectedImpact"),
                    evidence));
        }
        if (todos.size() > 12) {
            errors.add("give at most 12 recommendations");
        }
        List<String> narrative = new ArrayList<>();
        n = 0;
        for (JsonNode node : root.path("narrative")) {
            n++;
            String paragraph = node.asText("").strip();
            grounded(grounding, "narrative paragraph " + n, paragraph, errors);
            if (!paragraph.isEmpty()) {
                narrative.add(paragraph);
            }
        }
        if (narrative.isEmpty() || narrative.size() > 8) {
            errors.add("give 1 to 8 narrative paragraphs");
        }
        return errors.isEmpty()
                ? LlmRole.Checked.ok(new Parsed(findings, todos, narrative))
                : LlmRole.Checked.invalid(errors);
    }

    private static void grounded(Grounding grounding, String where, String text, List<String> errors) {
        List<String> invented = grounding.unmatched(text);
        if (!invented.isEmpty()) {
            errors.add(where + ": " + String.join(", ", invented) + (invented.size() == 1 ? " is" : " are")
                    + " not a measured figure; use only figures returned by the tools");
        }
    }

    private static boolean citesEvidence(String evidence, List<Finding> findings, Grounding grounding) {
        if (evidence.isEmpty()) {
            return false;
        }
        String lower = evidence.toLowerCase(Locale.ROOT);
        for (Finding finding : findings) {
            if (!finding.title().isEmpty() && lower.contains(finding.title().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return evidence.matches("(?s).*\\d.*") && grounding.unmatched(evidence).isEmpty();
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("").strip();
    }
}
