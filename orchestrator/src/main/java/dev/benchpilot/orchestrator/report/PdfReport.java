package dev.benchpilot.orchestrator.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * {@code report.pdf}: the final report for people who file or mail it, written by Apache PDFBox (no browser). The
 * Markdown report's text on A4 pages — headings in bold, tables and code in a fixed-width font so columns stay
 * aligned — then each chart on a page of its own. The standard PDF fonts have no glyphs beyond Latin-1, so arrows,
 * comparison signs and emoji are written as their ASCII equivalents.
 */
final class PdfReport {

    static final String FILE = "report.pdf";

    private static final float MARGIN = 48;
    private static final float BODY_SIZE = 9.5f;
    private static final float CODE_SIZE = 7.5f;
    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font CODE = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private PdfReport() {}

    static void write(Path file, String markdown, String title, List<Path> charts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("benchpilot");
            Pages pages = new Pages(document);
            for (String raw : markdown.split("\n")) {
                pages.line(raw);
            }
            pages.close();
            PDPage page = null;
            float top = 0;
            for (Path chart : charts) {
                PDImageXObject image = PDImageXObject.createFromFile(chart.toString(), document);
                float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
                float height = image.getHeight() * width / image.getWidth();
                if (page == null || top - 24 - height < MARGIN) {
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    top = page.getMediaBox().getHeight() - MARGIN;
                }
                try (PDPageContentStream content =
                        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    text(
                            content,
                            BOLD,
                            11,
                            MARGIN,
                            top - 11,
                            ascii(chart.getFileName().toString()));
                    content.drawImage(image, MARGIN, top - 24 - height, width, height);
                }
                top -= 24 + height + 18;
            }
            document.save(file.toFile());
        }
    }

    /** The text pages: one line of Markdown at a time, wrapped to the page, a new page when one is full. */
    private static final class Pages {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;
        private boolean code;
        private final List<List<String>> rows = new ArrayList<>();

        Pages(PDDocument document) {
            this.document = document;
        }

        void line(String raw) throws IOException {
            if (!raw.startsWith("|") && !rows.isEmpty()) {
                flushTable();
            }
            if (raw.startsWith("```")) {
                code = !code;
                return;
            }
            String text = ascii(raw);
            boolean table = text.startsWith("|");
            if (table && text.replaceAll("[|:\\-\\s]", "").isEmpty()) {
                return; // a table's separator row
            }
            if (code) {
                write(CODE, CODE_SIZE, text);
            } else if (table) {
                rows.add(cells(text.replace("**", "").replace("`", "")));
            } else if (text.startsWith("#")) {
                space(6);
                write(BOLD, text.startsWith("# ") ? 14 : 11.5f, text.replaceFirst("^#+\\s*", ""));
                space(2);
            } else if (text.isBlank()) {
                space(BODY_SIZE * 0.6f);
            } else {
                write(BODY, BODY_SIZE, text.replace("**", "").replace("`", ""));
            }
        }

        private void write(PDType1Font font, float size, String text) throws IOException {
            for (String piece : wrap(font, size, text)) {
                if (content == null || y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.35f;
                text(content, font, size, MARGIN, y, piece);
            }
        }

        private void space(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            endPage();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** The table's rows with each column padded to its widest cell, so the columns line up. */
        private void flushTable() throws IOException {
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            for (List<String> row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
                }
                write(CODE, CODE_SIZE, line.toString().stripTrailing());
            }
            rows.clear();
        }

        private static List<String> cells(String row) {
            String inner = row.strip();
            inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("\\|", "|"));
            }
            return cells;
        }

        /** The last table, then the last page. */
        void close() throws IOException {
            if (!rows.isEmpty()) {
                flushTable();
            }
            endPage();
        }

        private void endPage() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The text in pieces that fit the page's width, broken at spaces where it can be. */
    static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (font.getStringWidth(rest) / 1000 * size > width) {
            int cut = rest.length();
            while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            int at = space > cut / 2 ? space : cut;
            pieces.add(rest.substring(0, at));
            rest = "  " + rest.substring(at).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    /** What the standard fonts can show: Latin-1, with the report's other signs spelled out. */
    static String ascii(String text) {
        String spelled = text.replace("→", "->")
                .replace("←", "<-")
                .replace("≥", ">=")
                .replace("≤", "<=")
                .replace("×", "x")
                .replace("—", "-")
                .replace("–", "-")
                .replace("…", "...")
                .replace("’", "'")
                .replace("“", "\"")
                .replace("”", "\"")
                .replace("✔", "ok")
                .replace("✅", "ok")
                .replace("❌", "X")
                .replace("⚠", "!")
                .replace("▶", ">")
                .replace("µ", "u");
        StringBuilder shown = new StringBuilder(spelled.length());
        spelled.codePoints().forEach(c -> {
            if (c == '\t') {
                shown.append("    ");
            } else if (c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff) {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
