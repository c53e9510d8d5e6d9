package dev.benchpilot.tools.engines.internal;

import java.util.regex.Pattern;

/** Turns scenario templates ({@code {{name}}}) into Gatling Expression Language ({@code #{name}}). */
final class GatlingTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private GatlingTemplates() {
    }

    static String expression(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("#{$1}");
    }
}
