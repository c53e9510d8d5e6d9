package dev.benchpilot.tools.analysis;

/**
 * Growth projection: with traffic now at {@code currentRps} growing by {@code monthlyGrowth} (0.20 = 20% a
 * month, compounding), the months until it reaches a capacity figure: ln(capacity/current) / ln(1 + growth).
 */
public final class CapacityPlan {

    private CapacityPlan() {}

    /** Months until {@code capacityRps} is reached; 0 when already there; null when it cannot be said. */
    public static Double monthsUntil(double currentRps, double monthlyGrowth, Double capacityRps) {
        if (capacityRps == null || currentRps <= 0 || monthlyGrowth <= 0) {
            return null;
        }
        if (currentRps >= capacityRps) {
            return 0.0;
        }
        return Math.round(Math.log(capacityRps / currentRps) / Math.log(1 + monthlyGrowth) * 10.0) / 10.0;
    }
}
