/** Building LangChain4j chat models for each provider; only {@code agents.llm} uses it. */
package dev.benchpilot.agents.llm.internal;
