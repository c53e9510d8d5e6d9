package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class CartTest {

    private final ShopClient shop;

    CartTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void a_guest_gets_a_cart_id_and_adds_to_the_same_cart_with_it() {
        JsonNode first =
                shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":2}").json();
        String cartId = first.get("cartId").asText();

        JsonNode second = shop.post("/api/cart/add", "{\"productId\":4,\"quantity\":1}", "X-Cart-Id", cartId)
                .json();

        assertThat(cartId).startsWith("guest-");
        assertThat(first.get("items").asInt()).isEqualTo(2);
        assertThat(second.get("cartId").asText()).isEqualTo(cartId);
        assertThat(second.get("items").asInt()).isEqualTo(3);
    }

    @Test
    void guests_without_a_cart_id_get_separate_carts() {
        String one = shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":1}")
                .json()
                .get("cartId")
                .asText();
        String other = shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":1}")
                .json()
                .get("cartId")
                .asText();

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void a_made_up_cart_id_is_400() {
        assertThat(shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":1}", "X-Cart-Id", "user-1")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void a_signed_in_user_adds_to_their_own_cart_and_sees_names_and_a_total() {
        String token = shop.login("shopper11");
        String price = shop.get("/api/products/7").json().get("price").asText();

        shop.postAs(token, "/api/cart/add", "{\"productId\":7,\"quantity\":2}");
        JsonNode added = shop.postAs(token, "/api/cart/add", "{\"productId\":7,\"quantity\":1}")
                .json();
        JsonNode cart = shop.get("/api/cart", token).json();

        assertThat(added.get("cartId").asText()).isEqualTo("user-11");
        assertThat(added.get("items").asInt()).isEqualTo(3);
        assertThat(cart.get("lines")).hasSize(1);
        assertThat(cart.get("lines").get(0).get("name").asText()).endsWith(" 7");
        assertThat(cart.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(cart.get("total").decimalValue())
                .isEqualByComparingTo(new BigDecimal(price).multiply(BigDecimal.valueOf(3)));
    }

    @Test
    void adding_with_a_forged_token_is_401_not_a_guest_cart() {
        assertThat(shop.postAs("forged", "/api/cart/add", "{\"productId\":3,\"quantity\":1}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void quantity_outside_1_to_10_is_400() {
        assertThat(shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":0}")
                        .status())
                .isEqualTo(400);
        assertThat(shop.post("/api/cart/add", "{\"productId\":3,\"quantity\":11}")
                        .status())
                .isEqualTo(400);
        assertThat(shop.post("/api/cart/add", "{\"productId\":3}").status()).isEqualTo(400);
    }

    @Test
    void adding_an_unknown_product_is_404() {
        assertThat(shop.post("/api/cart/add", "{\"productId\":999999,\"quantity\":1}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void viewing_the_cart_without_token_is_401() {
        ShopClient.Answer answer = shop.get("/api/cart");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).contains("bearer token");
    }
}
