package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ShopApiMain} as benchpilot launches it: a child process that announces itself and dies with its stdin. */
class ShopApiMainTest {

    private static final Pattern LISTENING =
            Pattern.compile("shop-api listening on (http://127\\.0\\.0\\.1:\\d+) pid=(\\d+)");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void main_prints_one_listening_line_serves_and_exits_when_its_stdin_closes() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ShopApiMain.class.getName(),
                        "--port",
                        "0",
                        "--exit-on-stdin-close")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = stdout.readLine();
            Matcher listening = LISTENING.matcher(String.valueOf(line));
            assertThat(listening.matches()).as("first line: %s", line).isTrue();
            assertThat(Long.parseLong(listening.group(2))).isEqualTo(process.pid());

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(listening.group(1) + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

            process.getOutputStream().close();

            assertThat(process.waitFor(20, TimeUnit.SECONDS))
                    .as("exited after stdin closed")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.readLine()).as("nothing after the listening line").isNull();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void main_with_an_unknown_argument_exits_with_2() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ShopApiMain.class.getName(),
                        "--bogus")
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
        } finally {
            process.destroyForcibly();
        }
    }
}
