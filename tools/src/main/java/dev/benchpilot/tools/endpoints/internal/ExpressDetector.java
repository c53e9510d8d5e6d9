package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Express (and Express-shaped routers such as koa-router) in JavaScript and TypeScript: {@code app.METHOD} /
 * {@code router.METHOD} / {@code router.route(p).get(...)} on any receiver created by {@code express()} or
 * {@code Router()}, routers mounted with {@code use(prefix, ...)} across files through {@code require} and
 * {@code import}, a router mounted twice listed under both prefixes, {@code :id} as {@code {id}}. A route is
 * auth-required when middleware named like authentication guards it (on the route, its mount, or a
 * {@code router.use(auth)} before it). Works on tokens, so routes written in strings and comments are ignored.
 */
public final class ExpressDetector implements EndpointDetector {

    private static final Set<String> EXTENSIONS = Set.of(".js", ".mjs", ".cjs", ".ts", ".mts", ".cts");

    @Override
    public String name() {
        return "express";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        // scripts under a static/ folder are served to browsers (or shown as text), never run by the server
        List<Path> files = SourceFiles.find(sourceRoot, ExpressDetector::isScript).stream()
                .filter(file -> !sourceRoot
                        .relativize(file)
                        .toString()
                        .replace('\\', '/')
                        .matches("(.*/)?static/.*"))
                .toList();
        List<JsModule> modules = new ArrayList<>();
        for (Path file : files) {
            SourceFiles.read(sourceRoot, file, warnings)
                    .filter(JsModule::mayUseExpress)
                    .ifPresent(text -> modules.add(JsModule.read(sourceRoot, file, text)));
        }
        modules.forEach(module -> warnings.addAll(module.notUnderstood));
        if (modules.stream().noneMatch(JsModule::hasRoutes)) {
            return List.of();
        }
        RouteGraph graph = new RouteGraph();
        JsModuleIndex index = new JsModuleIndex(modules);
        modules.forEach(module -> module.addTo(graph, index));
        return graph.endpoints(name(), warnings);
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".d.ts")
                && !name.endsWith(".min.js")
                && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
