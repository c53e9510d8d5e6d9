package dev.benchpilot.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;

/** report.pdf: the report's text read back from the PDF, its tables in aligned columns, and its charts. */
class PdfReportTest {

    @TempDir
    Path dir;

    static final String REPORT = """
            # Benchmark Complete 📊

            **Achieved RPS**: 49.62 rps (99.24%) → target 50 rps, capacity ≥ 22,000 rps

            | Metric | No Load | Under Load (50 rps) | Degradation |
            |---|---|---|---|
            | **P95** | 8.06 ms | 7.93 ms | -0.132 ms (-2%) |

            ## Findings
            - a line long enough to be wrapped on the page because it goes on and on about the latency of the cart under
              load, which rose from a few milliseconds with no load to rather more when fifty requests a second arrived
              and the pool of four connections was busy most of the time
            """;

    @Test
    void the_pdf_holds_the_reports_text_and_its_charts() throws Exception {
        Histogram latencies = LatencySummary.newHistogramMicros();
        for (int i = 1; i <= 2000; i++) {
            latencies.recordValue(500 + (i % 97) * 300L);
        }
        Path chart = dir.resolve("latency-histogram.png");
        try (OutputStream out = Files.newOutputStream(chart)) {
            BitmapEncoder.saveBitmap(Charts.latency(latencies), out, BitmapEncoder.BitmapFormat.PNG);
        }
        Path pdf = dir.resolve(PdfReport.FILE);

        PdfReport.write(pdf, REPORT, "benchpilot run-1", List.of(chart));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("benchpilot run-1");
            assertThat(text)
                    .contains("Benchmark Complete")
                    .contains("Achieved RPS: 49.62 rps (99.24%) -> target 50 rps, capacity >= 22,000 rps")
                    .containsPattern("Metric\\s+No Load\\s+Under Load \\(50 rps\\)\\s+Degradation")
                    .containsPattern("P95\\s+8.06 ms\\s+7.93 ms\\s+-0.132 ms \\(-2%\\)")
                    .contains("Findings")
                    .contains("pool of four connections")
                    .contains("latency-histogram.png")
                    .doesNotContain("|---|")
                    .doesNotContain("| P95 |");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var resources = document.getPage(1).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images)
                    .singleElement()
                    .satisfies(image -> assertThat(image.getWidth()).isEqualTo(1000));
        }
    }

    /** A table longer than a page goes on on the next (a first version recursed until the stack overflowed). */
    @Test
    void a_table_longer_than_a_page_goes_on_on_the_next() throws Exception {
        StringBuilder report = new StringBuilder("# Endpoints\n\n| Endpoint | Requests |\n|---|---|\n");
        for (int i = 0; i < 150; i++) {
            report.append("| GET /api/items/")
                    .append(i)
                    .append(" | ")
                    .append(i * 7)
                    .append(" |\n");
        }
        report.append("\nafter the table\n");
        Path pdf = dir.resolve(PdfReport.FILE);

        PdfReport.write(pdf, report.toString(), "long", List.of());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).containsPattern("GET /api/items/0\\s+0").containsPattern("GET /api/items/149\\s+1043");
            assertThat(text.indexOf("after the table")).isGreaterThan(text.indexOf("GET /api/items/149"));
        }
    }

    @Test
    void signs_the_standard_fonts_cannot_show_are_spelled_out() {
        assertThat(PdfReport.ascii("p95 → 12 ms ≥ 10 ms × 2 — ok ✔ 📊"))
                .isEqualTo("p95 -> 12 ms >= 10 ms x 2 - ok ok ");
    }
}
