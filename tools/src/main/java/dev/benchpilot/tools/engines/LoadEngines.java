package dev.benchpilot.tools.engines;

import dev.benchpilot.tools.engines.internal.ArtilleryEngine;
import dev.benchpilot.tools.engines.internal.GatlingEngine;
import dev.benchpilot.tools.engines.internal.K6Engine;
import dev.benchpilot.tools.engines.internal.LocustEngine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The engines benchpilot can drive, by name. The embedded default is Gatling, in-process. */
public final class LoadEngines {

    public static final String DEFAULT = "gatling";

    /**
     * How an outside engine is run.
     *
     * @param workers Locust worker processes (0: one process, no master)
     * @param k6Path  the k6 executable, or null to look on PATH
     * @param connections how the embedded engine holds connections (outside engines say what they do)
     * @param remoteWorkers Locust workers started on other hosts that the master waits for (0: none)
     * @param masterBind  where the Locust master listens for remote workers, {@code HOST:PORT}
     */
    public record Options(int workers, Path k6Path, ConnectionModel connections, int remoteWorkers, String masterBind) {
        public static final String DEFAULT_MASTER_BIND = "0.0.0.0:5557";
        public static final Options DEFAULTS = new Options(0, null, ConnectionModel.SHARED);

        public Options(int workers, Path k6Path) {
            this(workers, k6Path, ConnectionModel.SHARED);
        }

        public Options(int workers, Path k6Path, ConnectionModel connections) {
            this(workers, k6Path, connections, 0, null);
        }

        public Options {
            connections = connections == null ? ConnectionModel.SHARED : connections;
            masterBind = masterBind == null ? DEFAULT_MASTER_BIND : masterBind;
        }

        /** Locust's distributed mode: workers on this machine or on other hosts. */
        public boolean distributed() {
            return workers > 0 || remoteWorkers > 0;
        }
    }

    /** The registry, in the order engines are listed; built once and never changed. */
    private static final Map<String, Function<Options, LoadEngine>> ENGINES = registry();

    private static Map<String, Function<Options, LoadEngine>> registry() {
        Map<String, Function<Options, LoadEngine>> engines = new LinkedHashMap<>();
        engines.put("gatling", options -> new GatlingEngine(options.connections()));
        engines.put("k6", options -> new K6Engine(options.k6Path(), Math.max(1, options.workers())));
        engines.put("artillery", options -> new ArtilleryEngine());
        engines.put(
                "locust",
                options -> new LocustEngine(options.workers(), options.remoteWorkers(), options.masterBind()));
        return java.util.Collections.unmodifiableMap(engines);
    }

    private LoadEngines() {}

    public static Optional<LoadEngine> byName(String name) {
        return byName(name, Options.DEFAULTS);
    }

    public static Optional<LoadEngine> byName(String name, Options options) {
        Function<Options, LoadEngine> factory = ENGINES.get(name);
        return factory == null ? Optional.empty() : Optional.of(factory.apply(options));
    }

    /** The engines' names, in order (read-only, as the registry is). */
    public static Set<String> names() {
        return ENGINES.keySet();
    }
}
