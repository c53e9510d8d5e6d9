/**
 * The command line (picocli): small commands that build a request, run the workflow and map outcomes and
 * errors to the documented exit codes. Output goes through picocli's writers, so tests capture it.
 */
package dev.benchpilot.orchestrator.cli;
