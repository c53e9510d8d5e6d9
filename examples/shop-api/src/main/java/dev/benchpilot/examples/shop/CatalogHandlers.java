package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/products} (paged, filtered, sorted by name then id) and {@code GET /api/products/{id}}. */
final class CatalogHandlers {

    /** One product in a list. */
    record ProductSummary(long id, String name, String category, BigDecimal price) {}

    /** A page of {@code GET /api/products}; {@code total} counts every match, not just this page. */
    record ProductPage(List<ProductSummary> items, int page, int size, long total) {}

    /** {@code GET /api/products/{id}}. */
    record Product(long id, String name, String category, BigDecimal price, int stock, String description) {}

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final Database database;

    CatalogHandlers(Database database) {
        this.database = database;
    }

    void list(Context ctx) throws SQLException {
        int page = ctx.queryParamAsClass("page", Integer.class)
                .check(p -> p >= 0, "page must be 0 or more")
                .getOrDefault(0);
        int size = ctx.queryParamAsClass("size", Integer.class)
                .check(s -> s >= 1 && s <= MAX_PAGE_SIZE, "size must be 1.." + MAX_PAGE_SIZE)
                .getOrDefault(DEFAULT_PAGE_SIZE);
        ProductFilter filter = ProductFilter.of(ctx.queryParam("category"), ctx.queryParam("q"));
        try (Connection connection = database.connection()) {
            List<ProductSummary> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name, category, price FROM products"
                    + filter.where() + " ORDER BY name, id LIMIT ? OFFSET ?")) {
                int next = filter.bind(query);
                query.setInt(next, size);
                query.setLong(next + 1, (long) page * size);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(new ProductSummary(
                                rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4)));
                    }
                }
            }
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM products" + filter.where())) {
                filter.bind(count);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    ctx.json(new ProductPage(items, page, size, rows.getLong(1)));
                }
            }
        }
    }

    void byId(Context ctx) throws SQLException {
        long id = productId(ctx.pathParam("id"));
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, name, category, price, stock, description FROM products WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new ApiException(404, "no product " + id);
                }
                ctx.json(new Product(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getBigDecimal(4),
                        row.getInt(5),
                        row.getString(6)));
            }
        }
    }

    private static long productId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "product id must be a number: " + text);
        }
    }

    /** The optional filters: an exact category, and a case-insensitive substring of the name. */
    private record ProductFilter(String category, String nameLike) {

        static ProductFilter of(String category, String q) {
            return new ProductFilter(
                    category == null || category.isBlank() ? null : category,
                    q == null || q.isBlank() ? null : "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
        }

        String where() {
            if (category != null && nameLike != null) {
                return " WHERE category = ? AND LOWER(name) LIKE ?";
            }
            return category != null ? " WHERE category = ?" : nameLike != null ? " WHERE LOWER(name) LIKE ?" : "";
        }

        /** Binds the filter's parameters from index 1; returns the next free index. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            if (category != null) {
                statement.setString(index++, category);
            }
            if (nameLike != null) {
                statement.setString(index++, nameLike);
            }
            return index;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
