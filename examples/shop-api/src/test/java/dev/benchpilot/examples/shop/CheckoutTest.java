package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class CheckoutTest {

    private final ShopClient shop;

    CheckoutTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void checkout_turns_the_cart_into_an_order_decrements_stock_and_empties_the_cart() {
        String token = shop.login("shopper21");
        long stockBefore = shop.get("/api/products/11").json().get("stock").asLong();
        shop.postAs(token, "/api/cart/add", "{\"productId\":11,\"quantity\":3}");
        shop.postAs(token, "/api/cart/add", "{\"productId\":12,\"quantity\":1}");
        BigDecimal cartTotal = shop.get("/api/cart", token).json().get("total").decimalValue();

        ShopClient.Answer order = shop.postAs(token, "/api/checkout", "");

        assertThat(order.status()).isEqualTo(201);
        long orderId = order.json().get("orderId").asLong();
        assertThat(order.json().get("total").decimalValue()).isEqualByComparingTo(cartTotal);
        assertThat(shop.get("/api/products/11").json().get("stock").asLong()).isEqualTo(stockBefore - 3);
        assertThat(shop.get("/api/cart", token).json().get("lines")).isEmpty();
        assertThat(shop.sql(Long.class, "SELECT COUNT(*) FROM order_lines WHERE order_id = ?", orderId))
                .isEqualTo(2);
        assertThat(shop.sql(Long.class, "SELECT user_id FROM orders WHERE id = ?", orderId))
                .isEqualTo(21);
    }

    @Test
    void checkout_of_an_empty_cart_is_409() {
        String token = shop.login("shopper22");

        ShopClient.Answer answer = shop.postAs(token, "/api/checkout", "");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("error").asText()).isEqualTo("the cart is empty");
    }

    @Test
    void a_second_checkout_of_the_same_cart_is_409() {
        String token = shop.login("shopper23");
        shop.postAs(token, "/api/cart/add", "{\"productId\":5,\"quantity\":1}");

        assertThat(shop.postAs(token, "/api/checkout", "").status()).isEqualTo(201);
        assertThat(shop.postAs(token, "/api/checkout", "").status()).isEqualTo(409);
    }

    @Test
    void checkout_without_token_is_401() {
        assertThat(shop.post("/api/checkout", "").status()).isEqualTo(401);
    }

    @Test
    void a_guest_cart_cannot_be_checked_out() {
        JsonNode guest =
                shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":1}").json();

        assertThat(shop.post(
                                "/api/checkout",
                                "",
                                "X-Cart-Id",
                                guest.get("cartId").asText())
                        .status())
                .isEqualTo(401);
    }
}
