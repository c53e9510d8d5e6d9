package dev.benchpilot.examples.shop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL behind carts. A cart is the set of {@code cart_lines} rows with one key: {@code user-<id>} for a signed-in
 * user, {@code guest-<uuid>} for a guest. Every method works inside the caller's connection (and transaction).
 */
final class CartStore {

    /** One line of a cart, priced at the product's current price. */
    record CartLine(long productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {}

    private CartStore() {}

    static String userCartKey(long userId) {
        return "user-" + userId;
    }

    static boolean productExists(Connection connection, long productId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM products WHERE id = ?")) {
            query.setLong(1, productId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Adds {@code quantity} of a product, on top of what the cart already holds of it. */
    static void add(Connection connection, String cartKey, long productId, int quantity) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO cart_lines c "
                + "USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS INT))) n(cart_key, "
                + "product_id, quantity) "
                + "ON c.cart_key = n.cart_key AND c.product_id = n.product_id "
                + "WHEN MATCHED THEN UPDATE SET quantity = c.quantity + n.quantity "
                + "WHEN NOT MATCHED THEN INSERT (cart_key, product_id, quantity) VALUES (n.cart_key, "
                + "n.product_id, n.quantity)")) {
            merge.setString(1, cartKey);
            merge.setLong(2, productId);
            merge.setInt(3, quantity);
            merge.executeUpdate();
        }
    }

    /** The number of units in the cart. */
    static int units(Connection connection, String cartKey) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT COALESCE(SUM(quantity), 0) FROM cart_lines WHERE cart_key = ?")) {
            query.setString(1, cartKey);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The cart's lines in product order. */
    static List<CartLine> lines(Connection connection, String cartKey) throws SQLException {
        List<CartLine> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.product_id, p.name, c.quantity, p.price "
                + "FROM cart_lines c JOIN products p ON p.id = c.product_id WHERE c.cart_key = ? ORDER BY "
                + "c.product_id")) {
            query.setString(1, cartKey);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal unitPrice = row.getBigDecimal(4);
                    int quantity = row.getInt(3);
                    lines.add(new CartLine(
                            row.getLong(1),
                            row.getString(2),
                            quantity,
                            unitPrice,
                            unitPrice.multiply(BigDecimal.valueOf(quantity))));
                }
            }
        }
        return lines;
    }

    static BigDecimal total(List<CartLine> lines) {
        return lines.stream().map(CartLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Empties the cart; returns how many lines it removed. */
    static int clear(Connection connection, String cartKey) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cart_lines WHERE cart_key = ?")) {
            delete.setString(1, cartKey);
            return delete.executeUpdate();
        }
    }
}
