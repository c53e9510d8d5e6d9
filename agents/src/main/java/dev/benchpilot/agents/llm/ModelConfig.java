package dev.benchpilot.agents.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which model the LLM-backed role agents use: {@code BENCHPILOT_MODEL=provider:model} (or {@code --model}, or
 * {@code model:} in the config file), with {@code BENCHPILOT_MODEL_BASE_URL} for any OpenAI-compatible server and
 * {@code BENCHPILOT_MODEL_API_KEY} (else the provider's usual variable). The key never appears in
 * {@link #toString()}, logs, reports or {@code summary.json}.
 *
 * @param provider     openai, anthropic or ollama
 * @param baseUrl      the API's base URL, or null for the provider's default
 * @param timeout      per model call
 * @param maxRetries   retries of a call that failed with 429, 5xx or a timeout, with exponential backoff
 * @param maxToolCalls tool calls one answer may make before the agent gives up
 */
public record ModelConfig(
        String provider,
        String model,
        String baseUrl,
        String apiKey,
        Duration timeout,
        int maxRetries,
        int maxToolCalls) {

    public static final String ENV_MODEL = "BENCHPILOT_MODEL";
    public static final String ENV_BASE_URL = "BENCHPILOT_MODEL_BASE_URL";
    public static final String ENV_API_KEY = "BENCHPILOT_MODEL_API_KEY";
    static final Set<String> PROVIDERS = Set.of("openai", "anthropic", "ollama");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_RETRIES = 2;
    static final int DEFAULT_TOOL_CALLS = 12;

    public ModelConfig {
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException(
                    "unknown model provider '" + provider + "' (expected openai, anthropic or ollama)");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the model needs a name: provider:model, such as openai:gpt-4o-mini");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the model timeout must be positive");
        }
        if (maxRetries < 0 || maxToolCalls < 1) {
            throw new IllegalArgumentException("model retries must be >= 0 and tool calls >= 1");
        }
    }

    /**
     * The configuration from the first of {@code cliModel}, the environment and the config file that names a model;
     * null when none does (the deterministic agents run). Throws {@link IllegalArgumentException} with a message for
     * the user on a malformed value.
     *
     * @param file the config file's {@code model}, {@code baseUrl}, {@code apiKey}, {@code timeoutSeconds},
     *             {@code maxRetries}, {@code maxToolCalls}; empty when there is none
     */
    public static ModelConfig resolve(String cliModel, Map<String, String> env, Map<String, String> file) {
        String spec = firstOf(cliModel, env.get(ENV_MODEL), file.get("model"));
        if (spec == null) {
            return null;
        }
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "the model must look like provider:model (openai:gpt-4o-mini, anthropic:claude-sonnet-4-5, "
                            + "ollama:llama3.1), was '" + spec + "'");
        }
        String provider = spec.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String model = spec.substring(colon + 1).trim();
        String baseUrl = firstOf(env.get(ENV_BASE_URL), file.get("baseUrl"));
        String key = firstOf(
                env.get(ENV_API_KEY),
                file.get("apiKey"),
                switch (provider) {
                    case "openai" -> env.get("OPENAI_API_KEY");
                    case "anthropic" -> env.get("ANTHROPIC_API_KEY");
                    default -> null;
                });
        if (key == null && provider.equals("openai") && baseUrl == null) {
            throw new IllegalArgumentException("openai needs an API key: set " + ENV_API_KEY + " or OPENAI_API_KEY "
                    + "(or " + ENV_BASE_URL + " for a local OpenAI-compatible server)");
        }
        if (key == null && provider.equals("anthropic")) {
            throw new IllegalArgumentException(
                    "anthropic needs an API key: set " + ENV_API_KEY + " or ANTHROPIC_API_KEY");
        }
        return new ModelConfig(
                provider,
                model,
                baseUrl,
                key,
                Duration.ofSeconds(number(file, "timeoutSeconds", DEFAULT_TIMEOUT.toSeconds())),
                (int) number(file, "maxRetries", DEFAULT_RETRIES),
                (int) number(file, "maxToolCalls", DEFAULT_TOOL_CALLS));
    }

    /** {@code llm:<provider>/<model>}, as {@code summary.json → agents} names it. */
    public String implementation() {
        return "llm:" + provider + "/" + model;
    }

    public ModelConfig withTimeout(Duration newTimeout) {
        return new ModelConfig(provider, model, baseUrl, apiKey, newTimeout, maxRetries, maxToolCalls);
    }

    public ModelConfig withMaxRetries(int retries) {
        return new ModelConfig(provider, model, baseUrl, apiKey, timeout, retries, maxToolCalls);
    }

    @Override
    public String toString() {
        return implementation() + (baseUrl == null ? "" : " at " + baseUrl) + (apiKey == null ? "" : " (key set)");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static long number(Map<String, String> file, String key, long fallback) {
        String value = file.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config file: " + key + " must be a whole number, was '" + value + "'");
        }
    }
}
