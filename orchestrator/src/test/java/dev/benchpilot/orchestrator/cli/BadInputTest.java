package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line, the documented exit code, no stack trace, no run workspace, no load. */
class BadInputTest {

    static final String SHOP_SOURCES = "../examples/shop-api/src/main/java";

    @TempDir
    Path workspace;

    private Cli.Result benchmark(String... extra) {
        String[] base = {"benchmark", "--workspace", workspace.toString(), "--yes"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    private void assertOneLineError(Cli.Result result, int exitCode, String message) {
        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(Files.exists(workspace.resolve(".benchpilot/runs")))
                .as("no run workspace")
                .isFalse();
    }

    @Test
    void rates_durations_users_and_ports_past_their_limits_are_usage_errors_not_crashes() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--duration", "99999999999999h"),
                2,
                "is longer than the most a run may last (168h)");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--duration", "100000h"),
                2,
                "is longer than the most a run may last (168h)");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--rps", "1000000000000"),
                2,
                "--rps may be at most 1000000, was 1000000000000");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--users", "2000000000"),
                2,
                "--users must be between 1 and 10000000");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:99999", "--source", "src"),
                2,
                "port 99999 is out of range (1-65535)");
    }

    @Test
    void an_sla_that_no_run_could_meet_or_that_is_empty_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--sla", "errors<200%"),
                2,
                "--sla clause 'errors<200%': an error rate is between 0% and 100%");
        assertOneLineError(benchmark("--target", "http://127.0.0.1:1", "--sla", ",,,"), 2, "--sla has an empty clause");
        assertOneLineError(benchmark("--target", "http://127.0.0.1:1", "--sla", "p95<0ms"), 2, "nothing is below 0");
    }

    @Test
    void a_password_in_the_target_url_is_refused_and_never_echoed() {
        Cli.Result result = benchmark("--target", "http://admin:hunter2-url-secret@127.0.0.1:1", "--source", "src");
        assertOneLineError(result, 2, "credentials in a URL are refused");
        assertThat(result.err() + result.out()).doesNotContain("hunter2-url-secret");
    }

    @Test
    void unknown_pattern_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--pattern", "chaos"),
                2,
                "unknown pattern 'chaos' (expected one of: baseline, stress, spike, soak, scalability)");
    }

    @Test
    void unknown_stress_mode_bad_growth_and_a_ceiling_below_the_rate_are_usage_errors() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--stress", "wild"),
                2,
                "unknown --stress 'wild' (expected adaptive or fixed)");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--growth", "lots"),
                2,
                "--growth must be a positive monthly growth such as 20% or 0.2, was lots");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--rps", "100", "--max-rps", "50"),
                2,
                "--max-rps must be at least --rps (100.0), was 50.0");
    }

    @Test
    void an_sla_naming_an_unknown_metric_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--sla", "p95<200ms,latency<5ms"),
                2,
                "--sla clause 'latency<5ms': unknown metric 'latency' (known: p50, p90, p95, p99, p999, mean, max, "
                        + "errors, rps)");
    }

    @Test
    void an_auth_header_without_a_name_or_on_two_lines_is_a_usage_error_that_never_echoes_the_value() {
        Cli.Result noName = benchmark("--target", "http://127.0.0.1:1", "--auth-header", "Bearer s3cret-token");
        assertOneLineError(noName, 2, "--auth-header must look like \"Name: value\"");
        assertThat(noName.err()).doesNotContain("s3cret-token");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--auth-header", "Authorization: Bearer a\nX-Evil: 1"),
                2,
                "--auth-header Authorization needs a value on one line");
    }

    @Test
    void a_missing_k6_says_how_to_install_it_or_to_use_gatling_and_workers_are_bounded() {
        // (checked before the health check: the unreachable target is not what is reported)
        assertOneLineError(
                benchmark(
                        "--target",
                        "http://127.0.0.1:1",
                        "--source",
                        SHOP_SOURCES,
                        "--tool",
                        "k6",
                        "--k6-path",
                        workspace.resolve("no-k6").toString()),
                2,
                "--tool k6 cannot run here: --k6-path " + workspace.resolve("no-k6")
                        + " is not an executable file: install it from "
                        + "https://grafana.com/docs/k6/latest/set-up/install-k6/ (or give --k6-path), or use --tool "
                        + "gatling");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--source", SHOP_SOURCES, "--tool", "jmeter"),
                2,
                "unknown tool 'jmeter'");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--workers", "0"),
                2,
                "--workers must be between 1 and 64, was 0");
        assertOneLineError(
                benchmark(
                        "--target",
                        "http://127.0.0.1:1",
                        "--source",
                        SHOP_SOURCES,
                        "--tool",
                        "gatling",
                        "--workers",
                        "2"),
                2,
                "--workers and --remote-workers run Locust's distributed mode (and --workers k6's execution "
                        + "segments): use them with --tool locust or --tool k6");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--remote-workers", "2", "--master-bind", "nohost"),
                2,
                "--master-bind must be HOST:PORT with a port 1-65535, was 'nohost'");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--master-bind", "0.0.0.0:5557"),
                2,
                "--master-bind is where the Locust master waits for --remote-workers: give --remote-workers N too");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--connections", "pooled"),
                2,
                "--connections: connections must be shared or per-user, was 'pooled'");
    }

    @Test
    void a_pid_that_does_not_exist_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--pid", "999999999"),
                2,
                "--pid: no process 999999999 on this machine (/proc/999999999 does not exist)");
    }

    @Test
    void zero_or_negative_rps_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--rps", "0"), 2, "--rps must be a positive number");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--rps", "-5"), 2, "--rps must be a positive number");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--users", "0"),
                2,
                "--users must be between 1 and 10000000, was 0");
        assertOneLineError(benchmark("--target", "http://127.0.0.1:1", "--users", "many"), 2, "--users");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--users", "20", "--rps", "10"),
                2,
                "--rps and --users both size the load: give one of them");
    }

    @Test
    void malformed_duration_is_a_usage_error() {
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--duration", "5 minutes"), 2, "is not a duration");
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:1", "--duration", "3s"), 2, "duration must be at least 5s");
    }

    @Test
    void missing_target_is_a_usage_error() {
        assertOneLineError(benchmark("--source", SHOP_SOURCES), 2, "missing --target URL");
    }

    @Test
    void a_target_off_this_machine_is_refused_without_sending_anything() {
        assertOneLineError(
                benchmark("--target", "http://192.0.2.10:8080", "--source", SHOP_SOURCES), 2, "is not allowed");
    }

    @Test
    void missing_source_directory_is_a_usage_error() {
        assertOneLineError(
                benchmark(
                        "--target",
                        "http://127.0.0.1:1",
                        "--source",
                        workspace.resolve("nope").toString()),
                2,
                "nope");
    }

    @Test
    void unreachable_target_exits_3() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertOneLineError(
                benchmark("--target", "http://127.0.0.1:" + port, "--source", SHOP_SOURCES), 3, "target unreachable");
    }

    @Test
    void without_a_terminal_and_without_yes_it_asks_for_yes() {
        Cli.Result result = Cli.run(
                "benchmark",
                "--workspace",
                workspace.toString(),
                "--target",
                "http://127.0.0.1:1",
                "--source",
                SHOP_SOURCES);
        assertOneLineError(result, 2, "pass --yes");
    }

    @Test
    void unknown_option_points_to_help() {
        Cli.Result result = benchmark("--target", "http://127.0.0.1:1", "--frobnicate");
        assertOneLineError(result, 2, "Unknown option: '--frobnicate'");
        assertThat(result.err()).contains("--help");
    }
}
