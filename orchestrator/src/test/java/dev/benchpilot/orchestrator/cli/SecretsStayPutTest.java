package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known secret values put everywhere a secret can come from (benchpilot's environment, the model's key in the
 * environment and the config file, a static auth header), then a whole demo run with its JFR recording of the shop:
 * no file of the workspace (binary included, the history too) and no child's environment holds any of them.
 */
class SecretsStayPutTest {

    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    static {
        SECRETS.put("BENCHPILOT_MODEL_API_KEY", "sk-env-model-key-5d1f");
        SECRETS.put("OPENAI_API_KEY", "sk-openai-key-77c2");
        SECRETS.put("BENCHPILOT_TOKEN", "serve-token-a93e");
        SECRETS.put("SHOP_DB_PASSWORD", "db-password-41b8");
    }

    private static final String AUTH_HEADER_SECRET = "header-secret-9e02";
    private static final String CONFIG_SECRET = "sk-config-key-3f6a";

    @TempDir
    Path workspace;

    @Test
    void no_secret_reaches_a_workspace_file_the_history_or_a_childs_environment() throws Exception {
        Files.createDirectories(workspace.resolve(".benchpilot"));
        Files.writeString(workspace.resolve(".benchpilot/config.yml"), "apiKey: " + CONFIG_SECRET + "\n");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "demo",
                        "--workspace",
                        workspace.toString(),
                        "--duration",
                        "6s",
                        "--rps",
                        "20",
                        "--yes",
                        "--auth-header",
                        "X-Extra: " + AUTH_HEADER_SECRET)
                .redirectErrorStream(true)
                .redirectOutput(workspace.resolve("demo-output.log").toFile());
        builder.environment().putAll(SECRETS);
        Process demo = builder.start();
        List<String> childEnvironments = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (demo.isAlive() && System.nanoTime() < deadline) {
            demo.descendants().forEach(child -> {
                try {
                    childEnvironments.add(
                            child.pid() + " " + child.info().command().orElse("?") + ": "
                                    + Files.readString(
                                            Path.of("/proc", String.valueOf(child.pid()), "environ"),
                                            StandardCharsets.ISO_8859_1));
                } catch (Exception gone) {
                    // ended while we looked
                }
            });
            Thread.sleep(500);
        }
        assertThat(demo.waitFor(5, TimeUnit.SECONDS)).as("the demo finished").isTrue();
        assertThat(demo.exitValue())
                .as(Files.readString(workspace.resolve("demo-output.log")))
                .isIn(0, 1);
        assertThat(childEnvironments).as("the demo's children were seen").isNotEmpty();

        List<String> secrets = new ArrayList<>(SECRETS.values());
        secrets.add(AUTH_HEADER_SECRET);
        secrets.add(CONFIG_SECRET);
        for (String environment : childEnvironments) {
            for (String secret : secrets) {
                assertThat(environment).as("a child's environment").doesNotContain(secret);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workspace.resolve(".benchpilot"))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("config.yml"))
                    .toList();
        }
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("target.jfr"));
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("history.db"));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : secrets) {
                assertThat(holds(bytes, secret)).as(secret + " in " + file).isFalse();
            }
        }
        Path runs = workspace.resolve(".benchpilot/runs");
        try (Stream<Path> list = Files.list(runs)) {
            for (Path run : list.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
                        .as("run directory " + run)
                        .isEqualTo("rwx------");
            }
        }
    }

    /** Whether {@code secret} appears in {@code bytes} as 8-bit or UTF-16 text (JFR writes both). */
    static boolean holds(byte[] bytes, String secret) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        return raw.contains(secret)
                || raw.contains(new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }
}
