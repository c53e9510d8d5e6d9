package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/cart/add} (guest or user), {@code GET /api/cart} and {@code POST /api/checkout} (user). */
final class CartHandlers {

    /** The body of {@code POST /api/cart/add}. */
    record AddToCartRequest(long productId, int quantity) {
    }

    private final Database database;
    private final AuthHandlers auth;

    CartHandlers(Database database, AuthHandlers auth) {
        this.database = database;
        this.auth = auth;
    }

    void add(Context ctx) throws SQLException {
        AddToCartRequest request = ctx.bodyAsClass(AddToCartRequest.class);
        if (request.quantity() < 1 || request.quantity() > 10) {
            throw new ApiException(400, "quantity must be between 1 and 10");
        }
        Long user = auth.caller(ctx);
        String guestCart = ctx.header("X-Cart-Id");
        String cartKey = user != null ? "user-" + user : guestCart != null && guestCart.startsWith("guest-") ? guestCart
                : "guest-" + UUID.randomUUID();
        int items = database.transaction(connection -> {
            try (PreparedStatement product = connection.prepareStatement("SELECT 1 FROM products WHERE id = ?")) {
                product.setLong(1, request.productId());
                try (ResultSet row = product.executeQuery()) {
                    if (!row.next()) {
                        throw new ApiException(404, "no product " + request.productId());
                    }
                }
            }
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO cart_lines KEY (cart_key, product_id) "
                    + "VALUES (?, ?, COALESCE((SELECT quantity FROM cart_lines WHERE cart_key = ? AND product_id = ?), 0) + ?)")) {
                merge.setString(1, cartKey);
                merge.setLong(2, request.productId());
                merge.setString(3, cartKey);
                merge.setLong(4, request.productId());
                merge.setInt(5, request.quantity());
                merge.executeUpdate();
            }
            return count(connection, cartKey);
        });
        ctx.json(Map.of("cartId", cartKey, "items", items));
    }

    void view(Context ctx) throws SQLException {
        String cartKey = "user-" + ctx.<Long>attribute(AuthHandlers.USER_ID);
        try (Connection connection = database.connection()) {
            List<Map<String, Object>> lines = lines(connection, cartKey);
            BigDecimal total = lines.stream().map(l -> (BigDecimal) l.get("lineTotal")).reduce(BigDecimal.ZERO, BigDecimal::add);
            ctx.json(Map.of("lines", lines, "total", total));
        }
    }

    void checkout(Context ctx) throws SQLException {
        long user = ctx.<Long>attribute(AuthHandlers.USER_ID);
        String cartKey = "user-" + user;
        Map<String, Object> order = database.transaction(connection -> {
            List<Map<String, Object>> lines = lines(connection, cartKey);
            if (lines.isEmpty()) {
                throw new ApiException(409, "the cart is empty");
            }
            BigDecimal total = lines.stream().map(l -> (BigDecimal) l.get("lineTotal")).reduce(BigDecimal.ZERO, BigDecimal::add);
            long orderId;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (user_id, created_at, total) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, user);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setBigDecimal(3, total);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    orderId = keys.getLong(1);
                }
            }
            try (PreparedStatement line = connection.prepareStatement(
                    "INSERT INTO order_lines (order_id, product_id, quantity, unit_price) VALUES (?, ?, ?, ?)");
                 PreparedStatement stock = connection.prepareStatement("UPDATE products SET stock = stock - ? WHERE id = ?")) {
                for (Map<String, Object> l : lines) {
                    line.setLong(1, orderId);
                    line.setLong(2, (Long) l.get("productId"));
                    line.setInt(3, (Integer) l.get("quantity"));
                    line.setBigDecimal(4, (BigDecimal) l.get("unitPrice"));
                    line.addBatch();
                    stock.setInt(1, (Integer) l.get("quantity"));
                    stock.setLong(2, (Long) l.get("productId"));
                    stock.addBatch();
                }
                line.executeBatch();
                stock.executeBatch();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM cart_lines WHERE cart_key = ?")) {
                clear.setString(1, cartKey);
                clear.executeUpdate();
            }
            return Map.<String, Object>of("orderId", orderId, "total", total);
        });
        ctx.status(201).json(order);
    }

    private static int count(Connection connection, String cartKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(quantity), 0) FROM cart_lines WHERE cart_key = ?")) {
            query.setString(1, cartKey);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static List<Map<String, Object>> lines(Connection connection, String cartKey) throws SQLException {
        List<Map<String, Object>> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.product_id, p.name, c.quantity, p.price "
                + "FROM cart_lines c JOIN products p ON p.id = c.product_id WHERE c.cart_key = ? ORDER BY c.product_id")) {
            query.setString(1, cartKey);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("productId", row.getLong(1));
                    line.put("name", row.getString(2));
                    line.put("quantity", row.getInt(3));
                    line.put("unitPrice", row.getBigDecimal(4));
                    line.put("lineTotal", row.getBigDecimal(4).multiply(BigDecimal.valueOf(row.getInt(3))));
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
