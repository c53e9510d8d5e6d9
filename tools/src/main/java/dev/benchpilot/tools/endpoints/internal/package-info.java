/**
 * How endpoint detection reads each framework: the Spring, JAX-RS, Micronaut, Javalin, Express, FastAPI, Flask and
 * OpenAPI detectors, the source readers under them (constants, placeholders, route graphs, tokens) and the request-body
 * samples. Only {@code tools.endpoints} uses it.
 */
package dev.benchpilot.tools.endpoints.internal;
