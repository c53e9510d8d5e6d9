/**
 * The one way a benchmark request is read: the CLI's options, shared by the HTTP API's and MCP's JSON bodies, batch
 * files and {@code /benchmark} command text, and the checkpoint's adjust answer.
 */
package dev.benchpilot.orchestrator.request;
