package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.scenario.Templates;

/** Turns scenario templates ({@code {{name}}}) into Gatling Expression Language ({@code #{name}}). */
final class GatlingTemplates {

    private GatlingTemplates() {}

    static String expression(String template) {
        return Templates.replace(template, name -> "#{" + name + "}");
    }
}
