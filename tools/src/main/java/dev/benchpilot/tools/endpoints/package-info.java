/**
 * Endpoint detection. {@link dev.benchpilot.tools.endpoints.EndpointDetection} runs every registered
 * {@link dev.benchpilot.tools.endpoints.EndpointDetector} over a source tree (Javalin via JavaParser and
 * OpenAPI/Swagger files today) plus a given OpenAPI file, and merges by method + normalised path.
 * Normalised: upper-case method (or ANY), leading slash, no trailing slash, repeated slashes collapsed,
 * variables as {@code {name}}, prefixes applied. {@code authRequired} null means "could not tell".
 * Detectors never run the code they read; they are stateless and thread-safe.
 */
package dev.benchpilot.tools.endpoints;
