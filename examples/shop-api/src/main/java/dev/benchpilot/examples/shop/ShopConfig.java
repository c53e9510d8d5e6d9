package dev.benchpilot.examples.shop;

import java.time.Duration;

/**
 * How a shop instance is sized.
 *
 * @param port              0 picks a free port
 * @param poolSize          JDBC connections in the HikariCP pool (the bottleneck by design)
 * @param poolTimeout       how long a request waits for a connection before it fails with 503
 * @param products          seeded catalog size
 * @param users             seeded users shopper1..shopperN
 * @param historicalOrderLines order lines the dashboard aggregates
 */
public record ShopConfig(int port, int poolSize, Duration poolTimeout, int products, int users, int historicalOrderLines) {

    public static final String DEMO_PASSWORD = "demo-password";

    public static ShopConfig defaults() {
        return new ShopConfig(0, 4, Duration.ofSeconds(2), 20_000, 500, 25_000);
    }

    public ShopConfig withPort(int newPort) {
        return new ShopConfig(newPort, poolSize, poolTimeout, products, users, historicalOrderLines);
    }

    public ShopConfig withPoolTimeout(Duration timeout) {
        return new ShopConfig(port, poolSize, timeout, products, users, historicalOrderLines);
    }
}
