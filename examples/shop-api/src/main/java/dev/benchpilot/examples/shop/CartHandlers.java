package dev.benchpilot.examples.shop;

import dev.benchpilot.examples.shop.CartStore.CartLine;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/cart/add} (guest or signed-in) and {@code GET /api/cart} (signed-in). */
final class CartHandlers {

    /**
     * The body of {@code POST /api/cart/add}; {@code quantity} must be {@value #MIN_QUANTITY}..{@value #MAX_QUANTITY}.
     */
    record AddToCartRequest(Long productId, Integer quantity) {}

    /** The answer to {@code POST /api/cart/add}: the cart's id (send it back as {@code X-Cart-Id}) and its units. */
    record CartAdded(String cartId, int items) {}

    /** {@code GET /api/cart}. */
    record Cart(List<CartLine> lines, BigDecimal total) {}

    static final String CART_ID_HEADER = "X-Cart-Id";
    static final int MIN_QUANTITY = 1;
    static final int MAX_QUANTITY = 10;
    private static final String GUEST_PREFIX = "guest-";

    private final Database database;
    private final AuthHandlers auth;

    CartHandlers(Database database, AuthHandlers auth) {
        this.database = database;
        this.auth = auth;
    }

    void add(Context ctx) throws SQLException {
        AddToCartRequest request = ctx.bodyAsClass(AddToCartRequest.class);
        if (request.productId() == null || request.quantity() == null) {
            throw new ApiException(400, "productId and quantity are required");
        }
        if (request.quantity() < MIN_QUANTITY || request.quantity() > MAX_QUANTITY) {
            throw new ApiException(400, "quantity must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY);
        }
        Long user = auth.optionalCaller(ctx);
        String cartKey = user != null ? CartStore.userCartKey(user) : guestCartKey(ctx.header(CART_ID_HEADER));
        int units = database.transaction(connection -> {
            if (!CartStore.productExists(connection, request.productId())) {
                throw new ApiException(404, "no product " + request.productId());
            }
            CartStore.add(connection, cartKey, request.productId(), request.quantity());
            return CartStore.units(connection, cartKey);
        });
        ctx.json(new CartAdded(cartKey, units));
    }

    void view(Context ctx) throws SQLException {
        try (Connection connection = database.connection()) {
            List<CartLine> lines = CartStore.lines(connection, CartStore.userCartKey(AuthHandlers.userId(ctx)));
            ctx.json(new Cart(lines, CartStore.total(lines)));
        }
    }

    /** The guest cart named by {@code X-Cart-Id}, or a new one when the header is absent. */
    private static String guestCartKey(String header) {
        if (header == null || header.isBlank()) {
            return GUEST_PREFIX + UUID.randomUUID();
        }
        try {
            if (header.startsWith(GUEST_PREFIX)) {
                return GUEST_PREFIX + UUID.fromString(header.substring(GUEST_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiException(400, CART_ID_HEADER + " must be a cart id returned by POST /api/cart/add");
    }
}
