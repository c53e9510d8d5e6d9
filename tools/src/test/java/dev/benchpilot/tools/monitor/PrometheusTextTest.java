package dev.benchpilot.tools.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String TEXT = """
            # HELP hikaricp_connections_active Active connections
            # TYPE hikaricp_connections_active gauge
            hikaricp_connections_active{pool="HikariPool-1",} 3.0
            hikaricp_connections_pending{pool="HikariPool-1"} 7
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.5E7
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 5000000
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9e6
            http_server_requests_seconds_count{method="GET",uri="/a \\"quoted\\" \\\\ path",status="200"} 12 1700000000000
            process_cpu_usage NaN
            weird_metric{le="+Inf"} +Inf
            this line is broken
            """;

    @Test
    void reads_labels_with_escapes_special_values_and_timestamps() {
        PrometheusText.Parsed parsed = PrometheusText.parse(TEXT);

        assertThat(parsed.sum("hikaricp_connections_active")).isEqualTo(3.0);
        assertThat(parsed.sum("hikaricp_connections_pending")).isEqualTo(7.0);
        assertThat(parsed.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isEqualTo(2.0e7);
        assertThat(parsed.samples())
                .anySatisfy(s -> assertThat(s.labels().get("uri")).isEqualTo("/a \"quoted\" \\ path"));
        assertThat(parsed.sum("http_server_requests_seconds_count")).isEqualTo(12.0);
        assertThat(parsed.sum("process_cpu_usage")).as("NaN is not a value").isNull();
        assertThat(parsed.sum("weird_metric")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(parsed.badLines()).isEqualTo(1);
        assertThat(parsed.sum("absent_metric")).isNull();
    }
}
