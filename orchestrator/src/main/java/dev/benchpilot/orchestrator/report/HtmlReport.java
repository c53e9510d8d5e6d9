package dev.benchpilot.orchestrator.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * {@code report.html}: the final Markdown report as HTML (commonmark with GFM tables), with the charts inline as
 * data URIs, so the one file can be mailed or attached to a CI job. It loads nothing from anywhere.
 */
final class HtmlReport {

    static final String FILE = "report.html";
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
                    + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px "
                    + "8px;font-size:14px}"
                    + "th{background:#f3f3f3}code{background:#f6f6f6;padding:1px 3px}img{max-width:100%;border:1px "
                    + "solid #eee;margin:.5em 0}";

    private HtmlReport() {}

    static String render(String markdown, String title, List<Path> charts) throws IOException {
        String body = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .build()
                .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n")
                .append(body);
        if (!charts.isEmpty()) {
            html.append("<h2>Charts</h2>\n");
            for (Path chart : charts) {
                html.append("<p><img alt=\"")
                        .append(escape(chart.getFileName().toString()))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(chart)))
                        .append("\"></p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
