/**
 * Endpoint detection: what HTTP operations a service exposes, read from its source tree and API descriptions
 * without running anything.
 *
 * <p><b>Entry point.</b> {@link dev.benchpilot.tools.endpoints.EndpointDetection#detect} runs every registered
 * {@link dev.benchpilot.tools.endpoints.EndpointDetector} (one list in {@code EndpointDetection}; a new framework
 * is one
 * more implementation there) over a source tree, reads a given OpenAPI 3 / Swagger 2 file, and merges the results.
 * OpenAPI files named {@code openapi|swagger.{yaml,yml,json}} in the tree are read too; {@code target/},
 * {@code build/}, {@code node_modules/}, {@code .git/} and similar folders are never walked.
 *
 * <p><b>Normalised endpoints.</b> Method upper-case ({@code ANY} when a mapping accepts every method); path with a
 * leading slash, no trailing slash, repeated slashes collapsed, every prefix (router, context path, server URL)
 * already applied, and variables written {@code {name}} whatever the framework wrote ({@code :id}, {@code <id>},
 * {@code <int:id>}, {@code {id: [0-9]+}}) — see {@link dev.benchpilot.tools.endpoints.EndpointPaths}. Endpoints
 * with the same {@link dev.benchpilot.tools.endpoints.Endpoint#key()} are merged: the request body with more fields,
 * the union of parameters (a declared type beats a "string" guess), every source and detector recorded. Every path
 * variable has a PATH parameter. Results are sorted by path, then method.
 *
 * <p><b>Auth.</b> {@code authRequired} is {@code true} when credentials are needed, {@code false} when the code or
 * the API description says the operation is public, and {@code null} when nothing says either way (never a guess).
 * When sources disagree, {@code true} wins; any answer beats {@code null}.
 *
 * <p><b>Errors.</b> A source directory or OpenAPI file that is missing or unreadable is an
 * {@link java.lang.IllegalArgumentException} with a one-line message naming the path. A file inside them that does
 * not parse is skipped and reported as one line in {@link dev.benchpilot.tools.endpoints.DetectionResult#warnings()}.
 *
 * <p><b>Threading.</b> Detectors are stateless and thread-safe; each call parses what it needs and shares nothing.
 * {@code detect} may be called concurrently.
 */
package dev.benchpilot.tools.endpoints;
