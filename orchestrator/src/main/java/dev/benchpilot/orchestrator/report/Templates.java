package dev.benchpilot.orchestrator.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Markdown report templates of {@code workspace-template/templates/}, rendered with JMustache. */
final class Templates {

    /** Partials ({@code {{> capacity}}}) are the files named {@code _capacity.md.mustache} next to the templates. */
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("n/a")
            .withLoader(
                    name -> new java.io.StringReader(text("workspace-template/templates/_" + name + ".md.mustache")));

    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private Templates() {}

    static String render(String name, Object view) {
        return CACHE.computeIfAbsent(name, Templates::load).execute(view);
    }

    private static Template load(String name) {
        return COMPILER.compile(text("workspace-template/templates/" + name + ".mustache"));
    }

    private static String text(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
