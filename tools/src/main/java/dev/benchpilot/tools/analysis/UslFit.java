package dev.benchpilot.tools.analysis;

import java.util.List;

/**
 * The Universal Scalability Law, X(N) = λN / (1 + σ(N−1) + κN(N−1)), fitted to (concurrency, throughput)
 * points. Concurrency comes from Little's law on each level (N = X × mean response time), so the fit works
 * for open-model runs too. Fitted by least squares on N/X = 1/λ + (σ/λ)(N−1) + (κ/λ)N(N−1), which is linear
 * in its three coefficients; negative coefficients are clamped to zero and the rest refitted.
 *
 * @param lambda         throughput of one unit of concurrency (requests per second)
 * @param sigma          contention (serial fraction)
 * @param kappa          coherency (crosstalk) cost
 * @param peakConcurrency the concurrency at which throughput peaks; null when κ is 0 (no retrograde region)
 * @param peakRps        the predicted peak throughput: X at the peak, or the asymptote λ/σ when κ is 0
 * @param rSquared       fit quality on throughput, 1 is perfect
 */
public record UslFit(
        double lambda,
        double sigma,
        double kappa,
        Double peakConcurrency,
        Double peakRps,
        double rSquared,
        int points) {

    /** A (concurrency, throughput) point. */
    public record Point(double concurrency, double throughputRps) {}

    /**
     * The fit, or null with fewer than three usable points. Points with less than one request in flight are
     * not usable: the law describes a system that has work waiting, and an idle one says nothing about its limits.
     */
    public static UslFit fit(List<Point> points) {
        List<Point> usable = points.stream()
                .filter(p -> p.concurrency() >= 1 && p.throughputRps() > 0)
                .toList();
        if (usable.size() < 3) {
            return null;
        }
        double[] c = solve(usable, true, true);
        if (c == null) {
            return null;
        }
        if (c[2] < 0) {
            c = solve(usable, true, false);
        }
        if (c != null && c[1] < 0) {
            c = solve(usable, false, c[2] > 0);
        }
        if (c == null || c[0] <= 0) {
            return null;
        }
        double lambda = 1 / c[0];
        double sigma = Math.max(0, c[1] * lambda);
        double kappa = Math.max(0, c[2] * lambda);
        Double peakN = kappa > 0 ? Math.sqrt(Math.max(0, 1 - sigma) / kappa) : null;
        Double peak = peakN != null ? throughput(lambda, sigma, kappa, peakN) : sigma > 0 ? lambda / sigma : null;
        return new UslFit(lambda, sigma, kappa, peakN, peak, rSquared(usable, lambda, sigma, kappa), usable.size());
    }

    public static double throughput(double lambda, double sigma, double kappa, double n) {
        return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    /** Least squares of y = N/X on the chosen columns [1, N−1, N(N−1)]; coefficients of dropped columns are 0. */
    private static double[] solve(List<Point> points, boolean useSigma, boolean useKappa) {
        int k = 1 + (useSigma ? 1 : 0) + (useKappa ? 1 : 0);
        double[][] a = new double[k][k + 1];
        for (Point p : points) {
            double n = p.concurrency();
            double[] row = new double[k];
            int i = 0;
            row[i++] = 1;
            if (useSigma) {
                row[i++] = n - 1;
            }
            if (useKappa) {
                row[i] = n * (n - 1);
            }
            double y = n / p.throughputRps();
            for (int r = 0; r < k; r++) {
                for (int col = 0; col < k; col++) {
                    a[r][col] += row[r] * row[col];
                }
                a[r][k] += row[r] * y;
            }
        }
        double[] x = gauss(a, k);
        if (x == null) {
            return null;
        }
        double[] out = new double[3];
        int i = 0;
        out[0] = x[i++];
        out[1] = useSigma ? x[i++] : 0;
        out[2] = useKappa ? x[i] : 0;
        return out;
    }

    private static double[] gauss(double[][] a, int k) {
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[k];
        for (int r = 0; r < k; r++) {
            x[r] = a[r][k] / a[r][r];
        }
        return x;
    }

    private static double rSquared(List<Point> points, double lambda, double sigma, double kappa) {
        double mean =
                points.stream().mapToDouble(Point::throughputRps).average().orElse(0);
        double residual = 0;
        double total = 0;
        for (Point p : points) {
            double predicted = throughput(lambda, sigma, kappa, p.concurrency());
            residual += Math.pow(p.throughputRps() - predicted, 2);
            total += Math.pow(p.throughputRps() - mean, 2);
        }
        return total == 0 ? 1.0 : 1 - residual / total;
    }
}
