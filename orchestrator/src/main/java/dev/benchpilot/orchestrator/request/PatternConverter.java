package dev.benchpilot.orchestrator.request;

import dev.benchpilot.tools.scenario.LoadPattern;
import picocli.CommandLine;

/** Reads a pattern name; an unknown one is a usage error listing the known ones. */
public final class PatternConverter implements CommandLine.ITypeConverter<LoadPattern> {

    @Override
    public LoadPattern convert(String value) {
        try {
            return LoadPattern.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
