/**
 * Speed and memory comparisons run side by side (JMH for the recorder; raw Gatling against benchpilot's embedded
 * engine), built with the {@code bench} Maven profile and run by the scripts under {@code bench/}.
 */
package dev.benchpilot.bench;
