package dev.benchpilot.tools.engines;

import dev.benchpilot.tools.engines.internal.GatlingEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The engines benchpilot can drive, by name. The embedded default is Gatling, in-process. */
public final class LoadEngines {

    public static final String DEFAULT = "gatling";

    private static final Map<String, Supplier<LoadEngine>> ENGINES = new LinkedHashMap<>();

    static {
        ENGINES.put("gatling", GatlingEngine::new);
    }

    private LoadEngines() {
    }

    public static Optional<LoadEngine> byName(String name) {
        Supplier<LoadEngine> supplier = ENGINES.get(name);
        return supplier == null ? Optional.empty() : Optional.of(supplier.get());
    }

    public static java.util.Set<String> names() {
        return ENGINES.keySet();
    }
}
