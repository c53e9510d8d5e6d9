package dev.benchpilot.orchestrator.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.tools.text.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What a batch leaves behind: {@code junit.xml} (a test suite per benchmark with a test case for the run, one per SLA
 * clause and one per compared figure) and {@code summary.md} (a table and the problems, fit for a chat message or a
 * pull-request comment). Both are rewritten after every benchmark.
 */
final class BatchReport {

    /** The figures a regression check looks at, as {@link dev.benchpilot.tools.analysis.RunComparison} names them. */
    private static final List<String[]> CHECKS = List.of(
            new String[] {"p95Ms", "p95"},
            new String[] {"p99Ms", "p99"},
            new String[] {"errorRate", "error rate"},
            new String[] {"breakingPointRps", "breaking point"});

    private BatchReport() {}

    static void write(Path directory, String fileName, List<BatchRun.Result> results, int planned) throws IOException {
        replace(directory.resolve("junit.xml"), junit(fileName, results));
        replace(directory.resolve("summary.md"), markdown(fileName, results, planned));
    }

    private static void replace(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A test case: its name, and a failure, an error or a skip message (all null for a pass). */
    private record Case(String name, String failure, String error, String skipped) {}

    static List<Case> cases(BatchRun.Result result) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "run",
                null,
                result.completed()
                        ? null
                        : "run " + result.status() + (result.reason() == null ? "" : ": " + result.reason()),
                null));
        if (result.summary() != null) {
            for (JsonNode clause : result.summary().path("sla").path("clauses")) {
                String status = clause.path("status").asText();
                String measured = clause.path("measured").isNumber()
                        ? Numbers.plain(clause.path("measured").asDouble())
                        : "not measured";
                String name = "SLA " + clause.path("clause").asText();
                cases.add(
                        status.equals("pass")
                                ? new Case(name, null, null, null)
                                : new Case(
                                        name,
                                        status.equals("breach")
                                                ? name + " breached: measured " + measured
                                                : name + " could not be checked: the figure was not measured",
                                        null,
                                        null));
            }
        }
        if (!result.completed()) {
            return cases;
        }
        for (String[] check : CHECKS) {
            String name = "regression " + check[1];
            if (result.comparison() == null) {
                cases.add(new Case(name, null, null, result.comparisonNote()));
            } else if (!result.comparison().deltas().containsKey(check[0])) {
                cases.add(new Case(name, null, null, "not measured in both runs"));
            } else {
                String regression = result.comparison().regressions().stream()
                        .filter(r -> r.startsWith(check[1] + " "))
                        .findFirst()
                        .orElse(null);
                cases.add(new Case(
                        name,
                        regression == null
                                ? null
                                : regression + " (baseline run "
                                        + result.comparison().baselineRunId() + ")",
                        null,
                        null));
            }
        }
        return cases;
    }

    static String junit(String fileName, List<BatchRun.Result> results) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "benchpilot batch " + fileName);
            for (BatchRun.Result result : results) {
                List<Case> cases = cases(result);
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", result.benchmark().name());
                xml.writeAttribute("tests", String.valueOf(cases.size()));
                xml.writeAttribute(
                        "failures",
                        String.valueOf(
                                cases.stream().filter(c -> c.failure() != null).count()));
                xml.writeAttribute(
                        "errors",
                        String.valueOf(
                                cases.stream().filter(c -> c.error() != null).count()));
                xml.writeAttribute(
                        "skipped",
                        String.valueOf(
                                cases.stream().filter(c -> c.skipped() != null).count()));
                xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", result.seconds()));
                xml.writeCharacters("\n    ");
                xml.writeStartElement("properties");
                property(
                        xml,
                        "target",
                        result.benchmark().parsed().request().target().toString());
                property(
                        xml,
                        "pattern",
                        result.benchmark().parsed().request().pattern().cliName());
                property(xml, "runId", result.runId());
                property(
                        xml,
                        "workspace",
                        result.runWorkspace() == null
                                ? null
                                : result.runWorkspace().toString());
                xml.writeEndElement();
                for (Case c : cases) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute(
                            "classname", "benchpilot." + result.benchmark().name());
                    xml.writeAttribute("name", c.name());
                    xml.writeAttribute(
                            "time",
                            c.name().equals("run") ? String.format(Locale.ROOT, "%.3f", result.seconds()) : "0");
                    outcome(xml, "failure", c.failure());
                    outcome(xml, "error", c.error());
                    outcome(xml, "skipped", c.skipped());
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", name);
            xml.writeAttribute("value", value);
        }
    }

    private static void outcome(XMLStreamWriter xml, String element, String message) throws XMLStreamException {
        if (message != null) {
            xml.writeEmptyElement(element);
            xml.writeAttribute("message", message);
        }
    }

    static String markdown(String fileName, List<BatchRun.Result> results, int planned) {
        long breaches = results.stream().filter(BatchRun.Result::slaBreached).count();
        long regressions = results.stream().filter(BatchRun.Result::regressed).count();
        long failed = results.stream().filter(r -> !r.completed()).count();
        StringBuilder md = new StringBuilder();
        md.append("## benchpilot batch `")
                .append(fileName)
                .append("`: ")
                .append(
                        failed + breaches + regressions == 0 && results.size() == planned
                                ? "✅ all passed"
                                : "❌ problems")
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d of %d benchmark(s) run · %d could not complete · %d SLA breach(es) · %d regression(s)%n%n",
                results.size(),
                planned,
                failed,
                breaches,
                regressions));
        md.append("| Benchmark | Status | Achieved rps | p95 ms | p99 ms | Errors | SLA | Against baseline |\n");
        md.append("|---|---|---:|---:|---:|---:|---|---|\n");
        List<String> problems = new ArrayList<>();
        for (BatchRun.Result result : results) {
            JsonNode summary = result.summary();
            JsonNode latency =
                    summary == null ? null : summary.path("latencyMs").path("underLoad");
            md.append("| ")
                    .append(cell(result.benchmark().name()))
                    .append(" | ")
                    .append(result.completed() ? "completed" : "**" + result.status() + "**")
                    .append(" | ")
                    .append(figure(summary == null ? null : summary.path("achievedRps")))
                    .append(" | ")
                    .append(figure(latency == null ? null : latency.path("p95")))
                    .append(" | ")
                    .append(figure(latency == null ? null : latency.path("p99")))
                    .append(" | ")
                    .append(
                            summary == null
                                            || !summary.path("requests")
                                                    .path("errorRate")
                                                    .isNumber()
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT,
                                            "%.2f%%",
                                            summary.path("requests")
                                                            .path("errorRate")
                                                            .asDouble()
                                                    * 100))
                    .append(" | ")
                    .append(sla(summary))
                    .append(" | ")
                    .append(cell(against(result)))
                    .append(" |\n");
            cases(result).stream()
                    .filter(c -> c.failure() != null || c.error() != null)
                    .forEach(c -> problems.add("- **" + cell(result.benchmark().name()) + "**: "
                            + (c.failure() != null ? c.failure() : c.error())));
        }
        if (!problems.isEmpty()) {
            md.append("\n### Problems\n\n");
            problems.forEach(p -> md.append(p).append('\n'));
        }
        return md.toString();
    }

    /** The line printed after each benchmark. */
    static String oneLine(BatchRun.Result result) {
        List<String> problems = cases(result).stream()
                .filter(c -> c.failure() != null || c.error() != null)
                .map(c -> c.failure() != null ? c.failure() : c.error())
                .toList();
        return (result.completed() ? "completed (run " + result.runId() + "): " : "")
                + (problems.isEmpty() ? "passed" : String.join("; ", problems));
    }

    private static String sla(JsonNode summary) {
        JsonNode sla = summary == null ? null : summary.get("sla");
        if (sla == null || sla.isNull()) {
            return "—";
        }
        long passed = 0;
        for (JsonNode clause : sla.path("clauses")) {
            passed += clause.path("status").asText().equals("pass") ? 1 : 0;
        }
        return (sla.path("passed").asBoolean() ? "✅ " : "❌ ") + passed + "/"
                + sla.path("clauses").size();
    }

    private static String against(BatchRun.Result result) {
        if (result.comparison() == null) {
            return result.comparisonNote() == null ? "—" : result.comparisonNote();
        }
        Double p95 = result.comparison().deltas().get("p95Ms");
        String change = p95 == null ? "" : String.format(Locale.ROOT, "p95 %+.1f%% ", p95);
        return change
                + (result.regressed()
                        ? "❌ " + result.comparison().regressions().size() + " regression(s)"
                        : "✅ within noise")
                + " vs " + result.comparison().baselineRunId();
    }

    private static String figure(JsonNode value) {
        return value == null || !value.isNumber() ? "n/a" : Numbers.plain(value.asDouble());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
