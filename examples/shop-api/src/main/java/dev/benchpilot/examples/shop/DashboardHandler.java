package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/dashboard}: revenue by category and the top products over every order line — the heavy view. */
final class DashboardHandler {

    private final Database database;

    DashboardHandler(Database database) {
        this.database = database;
    }

    void show(Context ctx) throws SQLException {
        long user = ctx.<Long>attribute(AuthHandlers.USER_ID);
        try (Connection connection = database.connection()) {
            Map<String, Object> dashboard = new LinkedHashMap<>();
            dashboard.put("categories", rows(connection, "SELECT p.category, SUM(l.quantity * l.unit_price) AS revenue, "
                    + "SUM(l.quantity) AS units FROM order_lines l JOIN products p ON p.id = l.product_id "
                    + "GROUP BY p.category ORDER BY revenue DESC", null));
            dashboard.put("topProducts", rows(connection, "SELECT p.id, p.name, SUM(l.quantity * l.unit_price) AS revenue "
                    + "FROM order_lines l JOIN products p ON p.id = l.product_id GROUP BY p.id, p.name "
                    + "ORDER BY revenue DESC, p.id LIMIT 10", null));
            dashboard.put("myOrders", rows(connection, "SELECT COUNT(*) AS orders FROM orders WHERE user_id = ?", user).get(0).get("orders"));
            ctx.json(dashboard);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rows.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }
}
