package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchpilot.tools.metrics.LatencySummary;
import org.junit.jupiter.api.Test;

class SlaTest {

    private static final LatencySummary LATENCY = new LatencySummary(1000, 1, 50, 10, 40, 120, 180, 450, 600, 900);

    @Test
    void parses_latency_error_and_rate_clauses_with_units() {
        Sla sla = Sla.parse("p95<200ms, p99<=0.5s, errors<1%, rps>=100, p50<40000us");

        assertThat(sla.clauses()).extracting(Sla.Clause::threshold).containsExactly(200.0, 500.0, 0.01, 100.0, 40.0);
        assertThat(sla.p95LimitMs()).isEqualTo(200.0);
    }

    @Test
    void checks_each_clause_and_never_passes_what_was_not_measured() {
        var results = SlaCheck.check(Sla.parse("p95<200ms,p99<400ms,errors<1%,rps>=100"), LATENCY, 0.002, null);

        assertThat(results)
                .extracting(SlaCheck.Result::status)
                .containsExactly("pass", "breach", "pass", "not-measured");
        assertThat(SlaCheck.breached(results)).isTrue();
        assertThat(SlaCheck.breaches(Sla.parse("p95<150ms"), LATENCY, 0, 10))
                .singleElement()
                .asString()
                .contains("p95<150ms");
    }

    @Test
    void an_unknown_metric_or_unit_is_refused_naming_the_clause() {
        assertThatThrownBy(() -> Sla.parse("p95<200ms,p96<300ms")).hasMessageContaining("unknown metric 'p96'");
        assertThatThrownBy(() -> Sla.parse("p95<200")).hasMessageContaining("'p95<200': a latency needs a unit");
        assertThatThrownBy(() -> Sla.parse("errors<1kg")).hasMessageContaining("errors are a percentage");
        assertThatThrownBy(() -> Sla.parse("p95 about 200ms")).hasMessageContaining("is not METRIC<OP>VALUE");
        assertThatThrownBy(() -> Sla.parse(" ")).hasMessageContaining("--sla is empty");
    }
}
