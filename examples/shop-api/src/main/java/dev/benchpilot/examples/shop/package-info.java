/**
 * The demo shop API benchpilot benchmarks: Javalin + H2 behind a HikariCP pool of 4 connections, seeded
 * with 20,000 products, 500 users ({@code shopper1}..{@code shopper500}, password {@code demo-password}) and
 * 25,000 historical order lines. Binds 127.0.0.1 only. Thread-safe; one instance per {@link dev.benchpilot.examples.shop.ShopApi#start}.
 */
package dev.benchpilot.examples.shop;
