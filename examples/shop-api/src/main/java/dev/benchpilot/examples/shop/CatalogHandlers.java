package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/products} (paged, filtered, sorted by name) and {@code GET /api/products/{id}}. */
final class CatalogHandlers {

    private static final int MAX_PAGE_SIZE = 100;

    private final Database database;

    CatalogHandlers(Database database) {
        this.database = database;
    }

    void list(Context ctx) throws SQLException {
        int page = Math.max(0, ctx.queryParamAsClass("page", Integer.class).getOrDefault(0));
        int size = Math.min(MAX_PAGE_SIZE, Math.max(1, ctx.queryParamAsClass("size", Integer.class).getOrDefault(20)));
        String category = ctx.queryParam("category");
        String q = ctx.queryParam("q");
        String like = q == null ? null : "%" + q.toLowerCase(Locale.ROOT) + "%";
        String where = " WHERE (? IS NULL OR category = ?) AND (? IS NULL OR LOWER(name) LIKE ?)";
        try (Connection connection = database.connection()) {
            List<Map<String, Object>> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, name, category, price FROM products" + where + " ORDER BY name, id LIMIT ? OFFSET ?")) {
                bind(query, category, like);
                query.setInt(5, size);
                query.setLong(6, (long) page * size);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(product(rows));
                    }
                }
            }
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM products" + where)) {
                bind(count, category, like);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            ctx.json(Map.of("items", items, "page", page, "size", size, "total", total));
        }
    }

    void byId(Context ctx) throws SQLException {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "product id must be a number");
        }
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, name, category, price, stock, description FROM products WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new ApiException(404, "no product " + id);
                }
                Map<String, Object> product = product(row);
                product.put("stock", row.getInt("stock"));
                product.put("description", row.getString("description"));
                ctx.json(product);
            }
        }
    }

    private static void bind(PreparedStatement statement, String category, String like) throws SQLException {
        statement.setString(1, category);
        statement.setString(2, category);
        statement.setString(3, like);
        statement.setString(4, like);
    }

    private static Map<String, Object> product(ResultSet row) throws SQLException {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("id", row.getLong("id"));
        product.put("name", row.getString("name"));
        product.put("category", row.getString("category"));
        product.put("price", row.getBigDecimal("price"));
        return product;
    }
}
