package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.orchestrator.workflow.RunOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void a_run_whose_target_rate_the_generator_could_not_offer_exits_5_even_with_an_sla_breach() {
        Path workspace = Path.of("runs", "r1");

        assertThat(ExitCodes.of(new RunOutcome.Completed("r1", workspace, false, true)))
                .isEqualTo(ExitCodes.GENERATOR_LIMITED)
                .isEqualTo(5);
        assertThat(ExitCodes.of(new RunOutcome.Completed("r1", workspace, true, true)))
                .isEqualTo(5);
        assertThat(ExitCodes.of(new RunOutcome.Completed("r1", workspace, true, false)))
                .isEqualTo(1);
        assertThat(ExitCodes.of(new RunOutcome.Completed("r1", workspace, false, false)))
                .isZero();
    }
}
