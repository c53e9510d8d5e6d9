package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class LoginTest {

    private final ShopClient shop;

    LoginTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void login_with_the_demo_password_returns_a_token_valid_for_an_hour() {
        ShopClient.Answer answer =
                shop.post("/api/login", "{\"username\":\"shopper7\",\"password\":\"demo-password\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token").asText()).hasSize(48);
        assertThat(answer.json().get("expiresInSeconds").asLong()).isEqualTo(3600);
    }

    @Test
    void every_demo_user_from_shopper1_to_shopper100_can_log_in() {
        assertThat(shop.login("shopper1")).isNotBlank();
        assertThat(shop.login("shopper100")).isNotBlank();
    }

    @Test
    void login_with_a_wrong_password_or_unknown_user_is_401() {
        assertThat(shop.post("/api/login", "{\"username\":\"shopper7\",\"password\":\"nope\"}")
                        .status())
                .isEqualTo(401);
        assertThat(shop.post("/api/login", "{\"username\":\"nobody\",\"password\":\"demo-password\"}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void login_without_a_password_is_400() {
        assertThat(shop.post("/api/login", "{\"username\":\"shopper7\"}").status())
                .isEqualTo(400);
    }

    @Test
    void passwords_are_stored_as_salted_hashes() {
        assertThat(shop.sql(String.class, "SELECT password_hash FROM users WHERE username = 'shopper1'"))
                .hasSize(64)
                .isNotEqualTo(shop.sql(String.class, "SELECT password_hash FROM users WHERE username = 'shopper2'"));
    }
}
