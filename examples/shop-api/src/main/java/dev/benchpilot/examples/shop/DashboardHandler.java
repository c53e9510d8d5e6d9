package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/dashboard}, the heavy view: revenue and units per category and the top 10 products by revenue, each a
 * join and GROUP BY over every order line, plus the caller's own order count and spend. Nothing is cached.
 */
final class DashboardHandler {

    /** Sales of one category over all order lines. */
    record CategorySales(String category, BigDecimal revenue, long units) {}

    /** One of the best-selling products by revenue. */
    record ProductSales(long id, String name, BigDecimal revenue, long units) {}

    /** The whole dashboard; categories by revenue descending, top products likewise. */
    record Dashboard(
            List<CategorySales> categories, List<ProductSales> topProducts, long myOrders, BigDecimal mySpend) {}

    static final int TOP_PRODUCTS = 10;

    private final Database database;

    DashboardHandler(Database database) {
        this.database = database;
    }

    void show(Context ctx) throws SQLException {
        long user = AuthHandlers.userId(ctx);
        try (Connection connection = database.connection()) {
            List<CategorySales> categories = categories(connection);
            List<ProductSales> top = topProducts(connection);
            try (PreparedStatement mine = connection.prepareStatement(
                    "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM orders WHERE user_id = ?")) {
                mine.setLong(1, user);
                try (ResultSet row = mine.executeQuery()) {
                    row.next();
                    ctx.json(new Dashboard(categories, top, row.getLong(1), row.getBigDecimal(2)));
                }
            }
        }
    }

    private static List<CategorySales> categories(Connection connection) throws SQLException {
        List<CategorySales> categories = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT p.category, SUM(l.quantity * l.unit_price) AS revenue, SUM(l.quantity) AS units "
                                + "FROM order_lines l JOIN products p ON p.id = l.product_id "
                                + "GROUP BY p.category ORDER BY revenue DESC, p.category");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                categories.add(new CategorySales(rows.getString(1), rows.getBigDecimal(2), rows.getLong(3)));
            }
        }
        return categories;
    }

    private static List<ProductSales> topProducts(Connection connection) throws SQLException {
        List<ProductSales> top = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.id, p.name, s.revenue, s.units FROM ("
                        + "SELECT product_id, SUM(quantity * unit_price) AS revenue, SUM(quantity) AS units FROM "
                        + "order_lines "
                        + "GROUP BY product_id ORDER BY revenue DESC, product_id LIMIT " + TOP_PRODUCTS + ") s "
                        + "JOIN products p ON p.id = s.product_id ORDER BY s.revenue DESC, p.id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                top.add(new ProductSales(rows.getLong(1), rows.getString(2), rows.getBigDecimal(3), rows.getLong(4)));
            }
        }
        return top;
    }
}
