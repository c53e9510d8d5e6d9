/**
 * The command line (picocli): the commands only — each reads its options, hands the work to the workflow or to the way
 * in it starts ({@code api}, {@code mcp}, {@code batch}) and maps outcomes and errors to the documented exit codes.
 * Output goes through picocli's writers, so tests capture it.
 */
package dev.benchpilot.orchestrator.cli;
