package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.text.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * Where the load generator, not the target, ran out: the lowest rate it could not offer and the highest rate the
 * target was measured to hold below it. The target's capacity is then a lower bound, "at least {@code heldRps}".
 *
 * @param limitedAtRps the lowest offered rate at which the generator could not keep its schedule
 * @param heldRps      the highest rate below it that the target held, or null when none was measured
 * @param reasons      what the generator measured on itself there
 */
public record GeneratorLimit(double limitedAtRps, Double heldRps, List<String> reasons) {

    /** What to do to measure beyond the generator's limit. */
    public static final String ADVICE =
            "to measure beyond it, move the load off this machine or spread it: --tool k6 (a compiled "
                    + "engine), Locust workers (--workers N, or across hosts), k6 execution segments on several "
                    + "hosts (docs/distributed.md), "
                    + "or run benchpilot on another machine than the target";

    public GeneratorLimit {
        reasons = List.copyOf(reasons);
    }

    /** "≥ 6400 rps (generator-limited)", or what is known when nothing held. */
    public String capacityText() {
        return heldRps == null
                ? "unknown: the generator could not offer even " + Numbers.plain(limitedAtRps) + " rps"
                : "≥ " + Numbers.plain(heldRps) + " rps (generator-limited)";
    }

    /** One sentence for criteria, findings and the top of the report. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "capacity %s: at %s rps the load generator could not keep its schedule (%s), so the "
                        + "target's limit was not reached; %s",
                capacityText(),
                Numbers.plain(limitedAtRps),
                String.join("; ", reasons),
                ADVICE);
    }
}
