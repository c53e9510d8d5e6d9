/**
 * The demo shop API that benchpilot benchmarks: Javalin on 127.0.0.1, an in-memory H2 database behind a HikariCP pool
 * of 4 connections (2 s connection timeout, then 503), Prometheus metrics at {@code /metrics}. Start one with
 * {@link dev.benchpilot.examples.shop.ShopApi#start} or as a process with {@link
 * dev.benchpilot.examples.shop.ShopApiMain};
 * every route is in {@code ShopRoutes}, every default in {@link dev.benchpilot.examples.shop.ShopConfig#defaults()}.
 *
 * <p>Seeded at start (about a second): 5,000 products in 20 categories, users {@code shopper1}..{@code shopper500} with
 * password {@code demo-password}, and 50,000 historical order lines. Prices and revenues are decimal amounts, latencies
 * in the {@code http_server_requests_seconds} timer are seconds.
 *
 * <p>Threading: handlers run on Jetty's request threads and share nothing but the pool and the token map (a concurrent
 * map); each instance has its own database and meter registry, so several can run in one JVM.
 *
 * <p>One package rather than one per capability: only {@code ShopApi}, {@code ShopConfig}, {@code ShopApiMain} and
 * {@code Role} are public, and keeping handlers, SQL and HTTP plumbing package-private keeps it that way.
 */
package dev.benchpilot.examples.shop;
