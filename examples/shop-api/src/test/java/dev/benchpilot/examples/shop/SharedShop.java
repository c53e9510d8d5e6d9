package dev.benchpilot.examples.shop;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link ShopClient} for one shop with the default config, started on port 0 when first asked for and
 * closed with JUnit's root context (a stored {@link AutoCloseable}), after the last test class. Tests share it, so each
 * uses its own demo user and checks changes relative to what it saw before.
 */
final class SharedShop implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ShopClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ShopApi shop = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(SharedShop.class))
                .getOrComputeIfAbsent("shop", key -> ShopApi.start(ShopConfig.defaults()), ShopApi.class);
        return new ShopClient(shop);
    }
}
