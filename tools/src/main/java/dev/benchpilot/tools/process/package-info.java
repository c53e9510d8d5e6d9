/**
 * Starting child processes without handing them what they should not have: {@link
 * dev.benchpilot.tools.process.ChildEnvironment} keeps benchpilot's settings and secrets out of every child's
 * environment.
 */
package dev.benchpilot.tools.process;
