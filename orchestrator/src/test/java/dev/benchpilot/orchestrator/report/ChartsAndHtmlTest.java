package dev.benchpilot.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.ResourceSample;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;

class ChartsAndHtmlTest {

    @TempDir
    Path dir;

    private Path png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }

    @Test
    void draws_latency_throughput_and_resource_charts_as_png() throws Exception {
        Histogram latencies = LatencySummary.newHistogramMicros();
        for (int i = 1; i <= 2000; i++) {
            latencies.recordValue(500 + (i % 97) * 300L);
        }
        List<IntervalMetrics> seconds = new ArrayList<>();
        List<ResourceSample> samples = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            seconds.add(new IntervalMetrics(s, 50, 49, 49, 0, 2.0, s == 3 ? null : 8.0 + s, 20.0));
            samples.add(new ResourceSample(
                    s,
                    0.3,
                    100_000_000L,
                    20,
                    40,
                    1024L,
                    Map.of("ESTABLISHED", 10),
                    null,
                    1.5e8 + s * 1e6,
                    null,
                    2.0,
                    0.0,
                    4.0,
                    2.0,
                    null,
                    null,
                    null));
        }
        StageMetrics stage = new StageMetrics("steady", true, 2, 20, 50, 49, 900, 0, 0, 0, null);
        LoadMetrics metrics = new LoadMetrics(
                20, 980, 0, 0, 49.0, Map.of("200", 980L), null, null, List.of(stage), List.of(), seconds);

        for (Path file : List.of(
                png(Charts.latency(latencies), "l.png"),
                png(Charts.throughput(metrics), "t.png"),
                png(Charts.resources(samples, List.of(stage)), "r.png"))) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[1]).isEqualTo((byte) 'P');
            assertThat(bytes[2]).isEqualTo((byte) 'N');
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(1000);
        }
    }

    @Test
    void the_html_report_is_self_contained_with_tables_and_inline_charts() throws Exception {
        Histogram latencies = LatencySummary.newHistogramMicros();
        latencies.recordValue(1000);
        Path chart = png(Charts.latency(latencies), "latency-histogram.png");

        String html = HtmlReport.render(
                "# Report\n\n| a | b |\n|---|---|\n| 1 | <script>x</script> |\n", "run <1>", List.of(chart));

        assertThat(html)
                .contains("<table>")
                .contains("<td>1</td>")
                .contains("src=\"data:image/png;base64,iVBOR")
                .contains("<title>run &lt;1&gt;</title>");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
    }
}
