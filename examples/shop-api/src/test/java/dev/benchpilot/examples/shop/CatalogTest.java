package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class CatalogTest {

    private final ShopClient shop;

    CatalogTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void product_list_defaults_to_the_first_20_sorted_by_name_with_the_total() {
        JsonNode page = shop.get("/api/products").json();

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asLong()).isEqualTo(ShopConfig.defaults().products());
        assertThat(names(page)).hasSize(20).isSorted();
        assertThat(page.get("items").get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "name", "category", "price");
    }

    @Test
    void product_list_pages_do_not_overlap() {
        List<String> first = names(shop.get("/api/products?page=0&size=5").json());
        List<String> second = names(shop.get("/api/products?page=1&size=5").json());

        assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(5);
        assertThat(first.get(4)).isLessThanOrEqualTo(second.get(0));
    }

    @Test
    void product_list_filters_by_category_and_name_and_counts_every_match() {
        JsonNode page =
                shop.get("/api/products?category=garden&q=LAMP&size=100").json();

        assertThat(page.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("category").asText()).isEqualTo("garden");
            assertThat(item.get("name").asText()).containsIgnoringCase("lamp");
        });
        assertThat(page.get("total").asLong())
                .isEqualTo(shop.sql(
                        Long.class,
                        "SELECT COUNT(*) FROM products WHERE category = 'garden' AND LOWER(name) LIKE '%lamp%'"));
    }

    @Test
    void product_list_treats_like_wildcards_in_q_literally() {
        assertThat(shop.get("/api/products?q=%25").json().get("total").asLong()).isZero();
    }

    @Test
    void product_list_rejects_a_page_size_outside_1_to_100() {
        assertThat(shop.get("/api/products?size=0").status()).isEqualTo(400);
        assertThat(shop.get("/api/products?size=101").status()).isEqualTo(400);
        assertThat(shop.get("/api/products?page=-1").status()).isEqualTo(400);
    }

    @Test
    void product_by_id_is_the_whole_product() {
        ShopClient.Answer answer = shop.get("/api/products/42");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("id").asLong()).isEqualTo(42);
        assertThat(answer.json().get("name").asText()).endsWith(" 42");
        assertThat(answer.json().fieldNames())
                .toIterable()
                .containsExactly("id", "name", "category", "price", "stock", "description");
    }

    @Test
    void product_by_id_is_404_when_missing() {
        assertThat(shop.get("/api/products/999999").status()).isEqualTo(404);
    }

    @Test
    void product_by_id_is_400_when_not_a_number() {
        assertThat(shop.get("/api/products/abc").status()).isEqualTo(400);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}
