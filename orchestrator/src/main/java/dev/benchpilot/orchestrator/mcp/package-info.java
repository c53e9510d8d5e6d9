/** The MCP server for coding assistants: stdio transport and the benchmark tools. */
package dev.benchpilot.orchestrator.mcp;
