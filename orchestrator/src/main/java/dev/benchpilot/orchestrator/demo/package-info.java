/**
 * The demo target: the bundled shop API started as a child process on a free loopback port (stopped when
 * benchpilot closes its stdin), and its sources copied out for endpoint detection.
 */
package dev.benchpilot.orchestrator.demo;
