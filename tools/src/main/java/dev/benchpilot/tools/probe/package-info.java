/**
 * Requests benchpilot sends itself, one at a time, outside any load: the health check and the no-load
 * baseline. Blocking, single-threaded, bounded in count and time.
 */
package dev.benchpilot.tools.probe;
