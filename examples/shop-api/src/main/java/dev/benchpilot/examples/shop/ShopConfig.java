package dev.benchpilot.examples.shop;

import java.time.Duration;

/**
 * How a shop instance is sized. Every default lives in {@link #defaults()}.
 *
 * @param port        the port to bind on 127.0.0.1; 0 picks a free one
 * @param poolSize    JDBC connections in the HikariCP pool: the bottleneck by design
 * @param poolTimeout how long a request waits for a connection before it is answered with 503
 * @param products    seeded catalog size, spread over {@link #CATEGORIES} categories
 * @param users       seeded users {@code shopper1}..{@code shopperN}, all with {@link #DEMO_PASSWORD}
 * @param orderLines  seeded historical order lines that {@code GET /api/dashboard} aggregates
 */
public record ShopConfig(int port, int poolSize, Duration poolTimeout, int products, int users, int orderLines) {

    public static final String DEMO_PASSWORD = "demo-password";
    public static final int CATEGORIES = 20;

    public ShopConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (poolSize < 1 || products < 1 || users < 1 || orderLines < 1) {
            throw new IllegalArgumentException("pool size, products, users and order lines must be positive");
        }
    }

    /**
     * A free port, 4 connections with a 2 s timeout, 5,000 products, 500 users and 50,000 order lines.
     * 500 users rather than 100 because benchpilot's demo spreads its virtual users over {@code shopper1..500}.
     */
    public static ShopConfig defaults() {
        return new ShopConfig(0, 4, Duration.ofSeconds(2), 5_000, 500, 50_000);
    }

    public ShopConfig withPort(int newPort) {
        return new ShopConfig(newPort, poolSize, poolTimeout, products, users, orderLines);
    }

    public ShopConfig withPoolTimeout(Duration timeout) {
        return new ShopConfig(port, poolSize, timeout, products, users, orderLines);
    }
}
