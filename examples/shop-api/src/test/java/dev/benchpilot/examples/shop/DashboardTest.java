package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class DashboardTest {

    private final ShopClient shop;

    DashboardTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void dashboard_without_token_is_401() {
        assertThat(shop.get("/api/dashboard").status()).isEqualTo(401);
        assertThat(shop.get("/api/dashboard", "forged").status()).isEqualTo(401);
    }

    @Test
    void dashboard_aggregates_match_a_direct_sql_count() {
        JsonNode dashboard = shop.get("/api/dashboard", shop.login("shopper3")).json();

        long units = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (JsonNode category : dashboard.get("categories")) {
            units += category.get("units").asLong();
            revenue = revenue.add(category.get("revenue").decimalValue());
        }
        assertThat(dashboard.get("categories")).hasSize(ShopConfig.CATEGORIES);
        assertThat(units).isEqualTo(shop.sql(Long.class, "SELECT SUM(quantity) FROM order_lines"));
        assertThat(revenue)
                .isEqualByComparingTo(shop.sql(BigDecimal.class, "SELECT SUM(quantity * unit_price) FROM order_lines"));
        JsonNode books = find(dashboard.get("categories"), "books");
        assertThat(books.get("units").asLong())
                .isEqualTo(shop.sql(
                        Long.class,
                        "SELECT SUM(quantity) FROM order_lines WHERE product_id IN (SELECT id FROM products "
                                + "WHERE category = 'books')"));
        assertThat(dashboard.get("myOrders").asLong())
                .isEqualTo(shop.sql(
                        Long.class,
                        "SELECT COUNT(*) FROM orders o JOIN users u ON u.id = o.user_id WHERE u.username = 'shopper3'"))
                .isPositive();
    }

    @Test
    void dashboard_top_products_are_the_ten_highest_revenues_in_order() {
        JsonNode top = shop.get("/api/dashboard", shop.login("shopper4")).json().get("topProducts");

        assertThat(top).hasSize(10);
        assertThat(top.get(0).get("revenue").decimalValue())
                .isEqualByComparingTo(shop.sql(
                        BigDecimal.class,
                        "SELECT MAX(r) FROM (SELECT SUM(quantity * unit_price) r FROM order_lines GROUP BY "
                                + "product_id)"));
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).get("revenue").decimalValue())
                    .isLessThanOrEqualTo(top.get(i - 1).get("revenue").decimalValue());
        }
        assertThat(top.get(0).get("name").asText())
                .isEqualTo(shop.sql(
                        String.class,
                        "SELECT name FROM products WHERE id = ?",
                        top.get(0).get("id").asLong()));
    }

    private static JsonNode find(JsonNode categories, String name) {
        for (JsonNode category : categories) {
            if (category.get("category").asText().equals(name)) {
                return category;
            }
        }
        throw new AssertionError("no category " + name + " in " + categories);
    }
}
