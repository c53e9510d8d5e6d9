package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.ResourceSample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's PNG charts (XChart, headless): the latency distribution, throughput and p95 over time with stage
 * boundaries, and the target's resources over time. A chart with nothing to draw is not written.
 */
final class Charts {

    static final String LATENCY = "latency-histogram.png";
    static final String THROUGHPUT = "throughput-latency.png";
    static final String RESOURCES = "resources.png";
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 450;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** Writes the charts the run has data for into {@code directory}; returns their file names. */
    static List<String> write(ExecutionReport execution, Path directory) throws IOException {
        List<String> written = new ArrayList<>();
        if (execution.run().histograms() != null
                && execution.run().histograms().all().getTotalCount() > 0) {
            save(latency(execution.run().histograms().all()), directory.resolve(LATENCY));
            written.add(LATENCY);
        }
        LoadMetrics metrics = execution.run().metrics();
        if (!metrics.intervals().isEmpty()) {
            save(throughput(metrics), directory.resolve(THROUGHPUT));
            written.add(THROUGHPUT);
        }
        if (!execution.target().samples().isEmpty()) {
            save(resources(execution.target().samples(), metrics.stages()), directory.resolve(RESOURCES));
            written.add(RESOURCES);
        }
        return written;
    }

    /** Answered requests by latency, in buckets that double in width from 0.25 ms. */
    static CategoryChart latency(Histogram histogramMicros) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        double lowMs = 0;
        double highMs = 0.25;
        double maxMs = histogramMicros.getMaxValue() / 1000.0;
        while (lowMs <= maxMs && labels.size() < 24) {
            long count = 0;
            for (HistogramIterationValue value : histogramMicros.recordedValues()) {
                double ms = value.getValueIteratedTo() / 1000.0;
                if (ms >= lowMs && ms < highMs) {
                    count += value.getCountAtValueIteratedTo();
                }
            }
            labels.add("<" + Formats.number(highMs));
            counts.add(count);
            lowMs = highMs;
            highMs *= 2;
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Latency distribution (answered requests)")
                .xAxisTitle("latency, ms (bucket upper bound)")
                .yAxisTitle("requests")
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.addSeries("requests", labels, counts);
        return chart;
    }

    static XYChart throughput(LoadMetrics metrics) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Throughput and p95 over time")
                .xAxisTitle("seconds since the first request")
                .yAxisTitle("requests per second")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        List<IntervalMetrics> seconds = metrics.intervals();
        List<Double> time = seconds.stream().map(s -> (double) s.second()).toList();
        line(
                chart,
                "offered rps",
                time,
                seconds.stream().map(IntervalMetrics::offeredRps).toList(),
                0);
        line(
                chart,
                "sent rps",
                time,
                seconds.stream().map(s -> (double) s.achievedRps()).toList(),
                0);
        line(
                chart,
                "completed rps",
                time,
                seconds.stream().map(s -> (double) s.completedRps()).toList(),
                0);
        List<Double> p95Time = seconds.stream()
                .filter(s -> s.p95() != null)
                .map(s -> (double) s.second())
                .toList();
        if (!p95Time.isEmpty()) {
            line(
                    chart,
                    "p95 ms (right axis)",
                    p95Time,
                    seconds.stream()
                            .filter(s -> s.p95() != null)
                            .map(IntervalMetrics::p95)
                            .toList(),
                    1);
            chart.setYAxisGroupTitle(1, "p95, ms");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        boundaries(chart, metrics.stages());
        return chart;
    }

    static XYChart resources(List<ResourceSample> samples, List<StageMetrics> stages) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Target resources over time")
                .xAxisTitle("seconds")
                .yAxisTitle("CPU %, pool connections")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        series(chart, samples, "CPU % of all cores", s -> s.cpu() == null ? null : s.cpu() * 100, 0);
        series(chart, samples, "pool active", ResourceSample::poolActive, 0);
        series(chart, samples, "pool pending", ResourceSample::poolPending, 0);
        if (series(
                chart,
                samples,
                "memory MB (right axis)",
                s -> s.memoryBytes() == null ? null : s.memoryBytes() / 1e6,
                1)) {
            chart.setYAxisGroupTitle(1, "memory, MB");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        boundaries(chart, stages);
        return chart;
    }

    private static boolean series(
            XYChart chart,
            List<ResourceSample> samples,
            String name,
            Function<ResourceSample, Double> field,
            int axis) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (ResourceSample sample : samples) {
            Double value = field.apply(sample);
            if (value != null) {
                x.add(sample.seconds());
                y.add(value);
            }
        }
        if (x.isEmpty()) {
            return false;
        }
        line(chart, name, x, y, axis);
        return true;
    }

    private static void line(XYChart chart, String name, List<Double> x, List<Double> y, int axis) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setYAxisGroup(axis);
    }

    private static void boundaries(XYChart chart, List<StageMetrics> stages) {
        for (StageMetrics stage : stages) {
            if (stage.measured()) {
                chart.addAnnotation(new AnnotationLine(stage.windowStartSeconds(), true, false));
            }
        }
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
