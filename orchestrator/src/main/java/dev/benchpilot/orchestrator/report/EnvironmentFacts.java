package dev.benchpilot.orchestrator.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The load generator's machine, for the report's Environment section; "unknown" where the system does not say. */
final class EnvironmentFacts {

    private EnvironmentFacts() {}

    static Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cpuModel", cpuModel());
        view.put("cores", Runtime.getRuntime().availableProcessors());
        view.put("memory", memory());
        view.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
        view.put(
                "jvm",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));
        view.put(
                "maxHeap",
                String.format(Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / 1e9));
        return view;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB", os.getTotalMemorySize() / 1e9);
        }
        return "unknown";
    }
}
