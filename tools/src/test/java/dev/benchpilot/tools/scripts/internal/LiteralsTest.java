package dev.benchpilot.tools.scripts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.scripts.JavaCompilation;
import dev.benchpilot.tools.scripts.Node;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** String literals in generated code mean exactly the text they were made from, whatever it holds. */
class LiteralsTest {

    /**
     * Every ASCII control character, quotes, backslashes, would-be unicode escapes, line separators, a surrogate pair.
     */
    private static final String TEXT;

    static {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            text.append(c);
        }
        TEXT = text.append("\\u000a \\u0022 \\\\u0022 \u0085\u2028\u2029 é 😀 */ ${x} #{y} `z`")
                .toString();
    }

    @TempDir
    Path dir;

    @Test
    void java_string_literal_compiles_back_to_the_same_text() throws Exception {
        String source = "public class Literal { public static final String TEXT = " + JavaAst.string(TEXT) + "; }";
        assertThat(JavaCompilation.errors(dir, "Literal.java", source)).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
            assertThat(loader.loadClass("Literal").getField("TEXT").get(null)).isEqualTo(TEXT);
        }
    }

    @Test
    void javascript_string_literal_evaluates_back_to_the_same_text() throws Exception {
        Path script = dir.resolve("literal.mjs");
        Files.writeString(
                script,
                "const s = " + JsText.quote(TEXT) + ";\n"
                        + "console.log(Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).join(','));\n");
        String expected = TEXT.chars().mapToObj(String::valueOf).collect(Collectors.joining(","));
        assertThat(Node.run(script.toString()).trim()).isEqualTo(expected);
    }

    @Test
    void comment_text_stays_on_one_line_and_cannot_end_a_comment_or_start_an_escape() {
        assertThat(CommentText.safe("a\nb\r\u2028c */ d \\u002a/")).isEqualTo("a b  c * / d \\ u002a/");
        assertThat(CommentText.safe(null)).isEmpty();
    }
}
