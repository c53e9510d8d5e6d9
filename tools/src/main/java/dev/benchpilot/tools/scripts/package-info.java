/**
 * Script writers: the plan's flows and load profile as scripts a user can run with their own copy of a
 * load tool. {@link dev.benchpilot.tools.scripts.ScriptWriters} lists them by tool; each
 * {@link dev.benchpilot.tools.scripts.ScriptWriter} turns a {@link dev.benchpilot.tools.scripts.ScriptSpec}
 * into one file: {@code load-test.js} (k6) and {@code LoadTestSimulation.java} (Gatling Java DSL).
 *
 * <p>Contract, for every writer:
 * <ul>
 * <li>Deterministic: the same spec gives the same text, byte for byte (maps are written in key order, numbers
 * in a locale-independent form), so scripts can be diffed between runs.</li>
 * <li>No secrets: credentials are never written; scripts read the test user at run time from
 * {@code BENCHPILOT_USERNAME} / {@code BENCHPILOT_PASSWORD} (k6: {@code -e}; Gatling: the environment or the
 * system properties {@code benchpilot.username} / {@code benchpilot.password}).</li>
 * <li>Open model, as benchpilot runs it: at offered rate {@code rps}, users of a flow arrive at
 * {@code scenarios.usersPerSecondFor(rps) * scenarios.shareOf(flow)} per second, stage by stage; each step runs
 * with its probability; after a step marked {@code thinkAfter} the user pauses uniformly in the think time.</li>
 * <li>Requests are named after their step's endpoint key, so the tool's per-request figures group by endpoint.</li>
 * <li>A journey ends early when a value its next step needs (a capture of an earlier response, or the token) is
 * missing, instead of sending a request with a hole in it.</li>
 * <li>Syntactically valid whatever the text in the spec: names, templates and descriptions are escaped as string
 * literals, and made safe inside comments.</li>
 * </ul>
 * Writers are stateless and thread-safe.
 */
package dev.benchpilot.tools.scripts;
