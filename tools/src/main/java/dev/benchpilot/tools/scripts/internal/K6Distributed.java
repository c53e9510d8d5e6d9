package dev.benchpilot.tools.scripts.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.benchpilot.tools.scripts.K6Segments;
import dev.benchpilot.tools.scripts.ScriptSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The k6 script spread over several machines: a k6-operator {@code TestRun} (parallelism N, the script from a
 * ConfigMap, the test user from a Secret) and, for plain hosts, one {@code k6 run --execution-segment} command per
 * host. k6 splits arrival rates and VUs by segment, so N runners together offer the planned load, not N times it.
 */
final class K6Distributed {

    static final String FILE = "k6-testrun.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private K6Distributed() {}

    /** The segments {@code 0, 1/n, ..., 1} as k6 writes them. */
    static List<String> sequence(int n) {
        return K6Segments.sequence(n);
    }

    static String manifest(ScriptSpec spec) {
        int n = spec.parallelism();
        List<String> points = sequence(n);
        StringBuilder text = new StringBuilder("# k6-testrun.yaml: the k6 script on Kubernetes with the k6-operator "
                + "(https://github.com/grafana/k6-operator),\n# " + n + " runner pod(s) sharing the planned load.\n#\n"
                + "#   kubectl create configmap benchpilot-k6-script --from-file=load-test.js\n"
                + "#   kubectl create secret generic benchpilot-k6-user --from-literal=BENCHPILOT_USERNAME=... "
                + "--from-literal=BENCHPILOT_PASSWORD=...\n"
                + "#   kubectl apply -f k6-testrun.yaml\n#\n"
                + "# Without Kubernetes, run one command per host (each offers its share of every rate):\n");
        String sequence = String.join(",", points);
        for (int i = 0; i < n; i++) {
            text.append("#   host ")
                    .append(i + 1)
                    .append(": k6 run --execution-segment ")
                    .append(points.get(i))
                    .append(':')
                    .append(points.get(i + 1))
                    .append(" --execution-segment-sequence ")
                    .append(sequence)
                    .append(" -e BASE_URL=")
                    .append(CommentText.safe(spec.baseUrl()))
                    .append(" load-test.js\n");
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("apiVersion", "k6.io/v1alpha1");
        manifest.put("kind", "TestRun");
        manifest.put("metadata", Map.of("name", "benchpilot-load-test"));
        Map<String, Object> specNode = new LinkedHashMap<>();
        specNode.put("parallelism", n);
        specNode.put("script", Map.of("configMap", Map.of("name", "benchpilot-k6-script", "file", "load-test.js")));
        specNode.put(
                "runner",
                Map.of(
                        "env", List.of(Map.of("name", "BASE_URL", "value", spec.baseUrl())),
                        "envFrom",
                                List.of(Map.of("secretRef", Map.of("name", "benchpilot-k6-user", "optional", true)))));
        manifest.put("spec", specNode);
        try {
            return text.append(YAML.writeValueAsString(manifest)).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the k6-operator manifest", e);
        }
    }
}
