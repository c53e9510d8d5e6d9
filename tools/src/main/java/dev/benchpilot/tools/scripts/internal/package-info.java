/**
 * The writers of k6, Gatling, Locust and Artillery scripts and the small text helpers they share (literals, names,
 * stages). Only {@code tools.scripts} uses it.
 */
package dev.benchpilot.tools.scripts.internal;
