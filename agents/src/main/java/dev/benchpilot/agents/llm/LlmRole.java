package dev.benchpilot.agents.llm;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.llm.internal.ChatModels;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * One role agent's conversation with the model: the role's prompt (from {@code prompts/}) as the system message,
 * its {@code @Tool} object, one answer, checked by the role's validator; on an invalid answer one repair attempt
 * that carries the validation errors; on a second invalid answer or a failed call, no value and the reason, so the
 * role's deterministic agent takes over. Counts tool calls and tokens across attempts.
 */
public final class LlmRole {

    /** What the model answered, checked: a value, or the errors that make it unusable. */
    public record Checked<T>(T value, List<String> errors) {

        public static <T> Checked<T> ok(T value) {
            return new Checked<>(value, List.of());
        }

        public static <T> Checked<T> invalid(List<String> errors) {
            return new Checked<>(null, List.copyOf(errors));
        }
    }

    /** The value (null when the role must fall back), why not, and what the attempts cost. */
    public record Outcome<T>(T value, String fallbackReason, int toolCalls, long inputTokens, long outputTokens) {

        /** The activity to report: the LLM when it answered validly, else the deterministic agent and why. */
        public AgentActivity activity(ModelConfig config, int deterministicToolCalls) {
            return value != null
                    ? new AgentActivity(config.implementation(), null, toolCalls, inputTokens, outputTokens)
                    : new AgentActivity(
                            "deterministic",
                            fallbackReason,
                            toolCalls + deterministicToolCalls,
                            inputTokens,
                            outputTokens);
        }
    }

    interface Assistant {
        Result<String> answer(String request);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper TOOL_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final ModelConfig config;
    private final ChatModel model;
    private final String prompt;

    public LlmRole(ModelConfig config, String promptFile) {
        this.config = config;
        this.model = ChatModels.create(config);
        this.prompt = prompt(promptFile);
    }

    public ModelConfig config() {
        return config;
    }

    /** Asks, checks, repairs once; never throws for the model's failures. */
    public <T> Outcome<T> run(String request, Object tools, Function<String, Checked<T>> check) {
        int toolCalls = 0;
        long in = 0;
        long out = 0;
        String message = request;
        List<String> errors = List.of();
        for (int attempt = 1; attempt <= 2; attempt++) {
            Result<String> result;
            try {
                Assistant assistant = AiServices.builder(Assistant.class)
                        .chatModel(model)
                        .systemMessage(prompt)
                        .tools(tools)
                        .maxSequentialToolsInvocations(config.maxToolCalls())
                        .build();
                result = assistant.answer(untemplated(message));
            } catch (RuntimeException e) {
                return new Outcome<>(
                        null,
                        "the model call failed" + (attempt == 2 ? " on the repair attempt" : "") + ": " + describe(e),
                        toolCalls,
                        in,
                        out);
            }
            toolCalls += result.toolExecutions() == null
                    ? 0
                    : result.toolExecutions().size();
            if (result.tokenUsage() != null) {
                in += orZero(result.tokenUsage().inputTokenCount());
                out += orZero(result.tokenUsage().outputTokenCount());
            }
            Checked<T> checked;
            try {
                checked = check.apply(result.content() == null ? "" : result.content());
            } catch (RuntimeException e) {
                checked = Checked.invalid(List.of("the answer could not be used: " + e.getMessage()));
            }
            if (checked.value() != null) {
                return new Outcome<>(checked.value(), null, toolCalls, in, out);
            }
            errors = checked.errors();
            message = request + "\n\nYour previous answer was rejected:\n- " + String.join("\n- ", errors)
                    + "\nAnswer again with the corrected JSON only.";
        }
        return new Outcome<>(
                null,
                "invalid answer after one repair attempt: "
                        + String.join("; ", errors.stream().limit(5).toList()),
                toolCalls,
                in,
                out);
    }

    private static long orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The failure in one line, without the stack; the key is never part of LangChain4j's messages. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        message = message.replaceAll("\\s+", " ");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    static String prompt(String file) {
        try (InputStream in = LlmRole.class.getResourceAsStream("/prompts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("prompt prompts/" + file + " is missing from the agents jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prompt " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A tool's result as JSON text for the model; a value that cannot be written becomes an error the model can read.
     */
    public static String toolResult(Object value) {
        try {
            return TOOL_JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * The JSON object in an answer: the text itself, or the inside of a fenced block, or from the first brace to the
     * last.
     */
    public static String jsonOf(String answer) {
        String text = answer.strip();
        int fence = text.indexOf("```");
        if (fence >= 0) {
            int start = text.indexOf('\n', fence);
            int end = text.indexOf("```", start < 0 ? fence + 3 : start);
            if (start >= 0 && end > start) {
                text = text.substring(start + 1, end).strip();
            }
        }
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        return open >= 0 && close > open ? text.substring(open, close + 1) : text;
    }

    /**
     * LangChain4j reads {@code {{name}}} in a user message as a template variable and fails on one it does not know; a
     * repair message quotes step placeholders ({@code {{ownerId}}}), so their braces are spaced apart.
     */
    static String untemplated(String message) {
        return message.replace("{{", "{ {").replace("}}", "} }");
    }
}
