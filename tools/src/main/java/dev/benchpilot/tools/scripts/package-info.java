/**
 * Script writers: the plan's flows and load profile as runnable k6 and Gatling scripts a user can run
 * on their own. Output is deterministic (same spec, same text) and never contains a credential: scripts
 * read the test user from the environment or system properties at run time.
 */
package dev.benchpilot.tools.scripts;
