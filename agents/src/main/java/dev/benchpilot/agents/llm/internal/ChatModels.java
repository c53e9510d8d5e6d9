package dev.benchpilot.agents.llm.internal;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * The LangChain4j chat model for a {@link ModelConfig}. Requests and responses are never logged (they would carry
 * the key's headers and the service's endpoints). LangChain4j retries 429, 5xx and timeouts {@code maxRetries}
 * times with exponential backoff; other 4xx fail at once.
 */
public final class ChatModels {

    private ChatModels() {}

    public static ChatModel create(ModelConfig config) {
        return switch (config.provider()) {
            case "openai" ->
                OpenAiChatModel.builder()
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey() == null ? "not-needed" : config.apiKey())
                        .modelName(config.model())
                        .temperature(0.2)
                        .timeout(config.timeout())
                        .maxRetries(config.maxRetries())
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case "anthropic" ->
                AnthropicChatModel.builder()
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey())
                        .modelName(config.model())
                        .temperature(0.2)
                        .maxTokens(4096)
                        .timeout(config.timeout())
                        .maxRetries(config.maxRetries())
                        .build();
            case "ollama" ->
                OllamaChatModel.builder()
                        .maxRetries(config.maxRetries())
                        .baseUrl(config.baseUrl() == null ? "http://localhost:11434" : config.baseUrl())
                        .modelName(config.model())
                        .temperature(0.2)
                        .timeout(config.timeout())
                        .build();
            default -> throw new IllegalArgumentException("unknown model provider " + config.provider());
        };
    }
}
