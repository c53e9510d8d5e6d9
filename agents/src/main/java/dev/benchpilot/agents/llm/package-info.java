/**
 * What the LLM agents share: the model configuration (provider, model, base URL, key from the environment only), the
 * role base class that validates and repairs answers, and grounding (every figure an answer cites must be one that was
 * measured).
 */
package dev.benchpilot.agents.llm;
