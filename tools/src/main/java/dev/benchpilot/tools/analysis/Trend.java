package dev.benchpilot.tools.analysis;

import java.util.List;

/**
 * A least-squares line through (x, y) points with a 95% confidence interval on its slope, for soak runs:
 * is memory (or latency) rising steadily, or only wobbling?
 *
 * @param slope      change of y per unit of x
 * @param slopeLow   lower end of the 95% confidence interval of the slope
 * @param slopeHigh  upper end
 * @param meanY      mean of y
 * @param points     number of points
 */
public record Trend(double slope, double slopeLow, double slopeHigh, double intercept, double meanY, int points) {

    /** The trend, or null with fewer than three points or no spread in x. */
    public static Trend of(List<double[]> xy) {
        int n = xy.size();
        if (n < 3) {
            return null;
        }
        double meanX = xy.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double meanY = xy.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxx = 0;
        double sxy = 0;
        for (double[] p : xy) {
            sxx += (p[0] - meanX) * (p[0] - meanX);
            sxy += (p[0] - meanX) * (p[1] - meanY);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (double[] p : xy) {
            double e = p[1] - (intercept + slope * p[0]);
            sse += e * e;
        }
        double standardError = Math.sqrt(sse / (n - 2) / sxx);
        double t = tCritical95(n - 2);
        return new Trend(slope, slope - t * standardError, slope + t * standardError, intercept, meanY, n);
    }

    /** Rising for sure: the whole confidence interval of the slope is above zero. */
    public boolean risingSignificantly() {
        return slopeLow > 0;
    }

    /** The rise the line predicts over {@code spanX}, relative to the mean (0.10 = 10%). */
    public double relativeRise(double spanX) {
        return meanY == 0 ? 0 : slope * spanX / Math.abs(meanY);
    }

    /** Two-sided 95% Student t quantile; exact to two decimals for small samples, 1.96 beyond. */
    static double tCritical95(int degreesOfFreedom) {
        double[] table = {
            12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.20, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11, 2.10,
            2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04
        };
        if (degreesOfFreedom < 1) {
            return Double.POSITIVE_INFINITY;
        }
        return degreesOfFreedom <= table.length ? table[degreesOfFreedom - 1] : degreesOfFreedom <= 60 ? 2.02 : 1.98;
    }
}
