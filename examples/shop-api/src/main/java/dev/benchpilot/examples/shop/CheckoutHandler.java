package dev.benchpilot.examples.shop;

import dev.benchpilot.examples.shop.CartStore.CartLine;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code POST /api/checkout}: in one transaction, turns the caller's cart into an order, decrements stock and empties
 * the cart. 409 when the cart is empty, a product is out of stock, or the cart changed while checking out.
 */
final class CheckoutHandler {

    /** The answer to a checkout (201). */
    record OrderPlaced(long orderId, BigDecimal total) {}

    private final Database database;

    CheckoutHandler(Database database) {
        this.database = database;
    }

    void checkout(Context ctx) throws SQLException {
        long user = AuthHandlers.userId(ctx);
        OrderPlaced order = database.transaction(connection -> place(connection, user));
        ctx.status(201).json(order);
    }

    private static OrderPlaced place(Connection connection, long user) throws SQLException {
        String cartKey = CartStore.userCartKey(user);
        List<CartLine> lines = CartStore.lines(connection, cartKey);
        if (lines.isEmpty()) {
            throw new ApiException(409, "the cart is empty");
        }
        if (CartStore.clear(connection, cartKey) != lines.size()) {
            throw new ApiException(409, "the cart changed during checkout, try again");
        }
        BigDecimal total = CartStore.total(lines);
        long orderId = insertOrder(connection, user, total);
        try (PreparedStatement line = connection.prepareStatement(
                        "INSERT INTO order_lines (order_id, product_id, quantity, unit_price) VALUES (?, ?, ?, ?)");
                PreparedStatement stock = connection.prepareStatement(
                        "UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?")) {
            for (CartLine l : lines) {
                line.setLong(1, orderId);
                line.setLong(2, l.productId());
                line.setInt(3, l.quantity());
                line.setBigDecimal(4, l.unitPrice());
                line.addBatch();
                stock.setInt(1, l.quantity());
                stock.setLong(2, l.productId());
                stock.setInt(3, l.quantity());
                stock.addBatch();
            }
            line.executeBatch();
            int[] updated = stock.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    throw new ApiException(
                            409, "not enough stock of product " + lines.get(i).productId());
                }
            }
        }
        return new OrderPlaced(orderId, total);
    }

    private static long insertOrder(Connection connection, long user, BigDecimal total) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (user_id, created_at, total) VALUES (?, CURRENT_TIMESTAMP, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, user);
            insert.setBigDecimal(2, total);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
