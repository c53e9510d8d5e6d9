package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JAX-RS ({@code javax.ws.rs} and {@code jakarta.ws.rs}, also Quarkus): root resources with {@code @Path},
 * {@code @GET}… methods with their own {@code @Path}, {@code @ApplicationPath} or the servlet mount that serves them
 * ({@link JaxRsServlets}), sub-resource locators, and
 * annotated methods inherited from (generic) base classes and interfaces in the tree.
 */
public final class JaxRsDetector implements EndpointDetector {

    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final int MAX_LOCATOR_DEPTH = 4;

    @Override
    public String name() {
        return "jaxrs";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        JavaSources sources = JavaSources.parse(sourceRoot, warnings);
        StringConstants constants = new StringConstants(sources.units());
        String application = "";
        for (CompilationUnit unit : sources.units()) {
            for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (Annotations.has(type, "ApplicationPath")) {
                    application = Annotations.name(type, "ApplicationPath", constants, "");
                }
            }
        }
        JaxRsServlets servlets = JaxRsServlets.find(sourceRoot, sources, constants, warnings);
        List<Endpoint> endpoints = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            // a servlet mount (Jetty's addServlet(..., "/api/*"), web.xml) is where the application is served; without
            // one,
            // @ApplicationPath
            String base = servlets.prefix(unit.getPackageDeclaration()
                            .map(p -> p.getNameAsString())
                            .orElse(""))
                    .orElse(application);
            if (unit.getImports().stream().noneMatch(i -> i.getNameAsString().matches("(javax|jakarta)\\.ws\\.rs.*"))) {
                continue;
            }
            for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (!type.isInterface()
                        && !type.isAbstract()
                        && hierarchy(type, sources).stream().anyMatch(t -> Annotations.has(t, "Path"))) {
                    String root = hierarchy(type, sources).stream()
                            .filter(t -> Annotations.has(t, "Path"))
                            .findFirst()
                            .map(t -> Annotations.name(t, "Path", constants, ""))
                            .orElse("");
                    resource(type, EndpointPaths.join(base, root), sources, constants, endpoints, 0);
                }
            }
        }
        return endpoints;
    }

    private void resource(
            ClassOrInterfaceDeclaration type,
            String prefix,
            JavaSources sources,
            StringConstants constants,
            List<Endpoint> endpoints,
            int depth) {
        List<String> seen = new ArrayList<>();
        for (ClassOrInterfaceDeclaration declaring : hierarchy(type, sources)) {
            for (MethodDeclaration method : declaring.getMethods()) {
                String signature = method.getSignature().asString();
                String verb = VERBS.stream()
                        .filter(v -> Annotations.has(method, v))
                        .findFirst()
                        .orElse(null);
                boolean annotated = verb != null || Annotations.has(method, "Path");
                if (!annotated || seen.contains(signature)) {
                    continue;
                }
                seen.add(signature);
                String path = EndpointPaths.join(prefix, Annotations.name(method, "Path", constants, ""));
                if (verb != null) {
                    endpoints.add(new Endpoint(
                            verb,
                            path,
                            parameters(method, constants),
                            body(method, verb, sources),
                            auth(method, type),
                            sources.location(method.findCompilationUnit().orElseThrow(), method),
                            name()));
                } else if (depth < MAX_LOCATOR_DEPTH
                        && sources.type(method.getTypeAsString()) instanceof ClassOrInterfaceDeclaration sub) {
                    resource(sub, path, sources, constants, endpoints, depth + 1);
                }
            }
        }
    }

    private static List<Endpoint.Parameter> parameters(MethodDeclaration method, StringConstants constants) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            String type = DtoSamples.jsonType(parameter.getTypeAsString());
            if (Annotations.has(parameter, "PathParam")) {
                parameters.add(new Endpoint.Parameter(
                        Annotations.name(parameter, "PathParam", constants, parameter.getNameAsString()),
                        Endpoint.Parameter.In.PATH,
                        type,
                        true));
            } else if (Annotations.has(parameter, "QueryParam")) {
                parameters.add(new Endpoint.Parameter(
                        Annotations.name(parameter, "QueryParam", constants, parameter.getNameAsString()),
                        Endpoint.Parameter.In.QUERY,
                        type,
                        false));
            } else if (Annotations.has(parameter, "HeaderParam")) {
                parameters.add(new Endpoint.Parameter(
                        Annotations.name(parameter, "HeaderParam", constants, parameter.getNameAsString()),
                        Endpoint.Parameter.In.HEADER,
                        type,
                        false));
            }
        }
        return parameters;
    }

    /** The entity parameter: the one without a JAX-RS annotation, on methods that take a body. */
    private static Endpoint.RequestBody body(MethodDeclaration method, String verb, JavaSources sources) {
        if (!List.of("POST", "PUT", "PATCH").contains(verb)) {
            return null;
        }
        return method.getParameters().stream()
                .filter(p -> p.getAnnotations().isEmpty())
                .findFirst()
                .map(p -> {
                    TypeDeclaration<?> dto = sources.type(
                            p.getTypeAsString().replaceAll("<.*", "").replaceAll(".*\\.", ""));
                    return dto == null
                            ? new Endpoint.RequestBody(
                                    "application/json", p.getTypeAsString(), java.util.Map.of(), null)
                            : DtoSamples.body(dto, sources);
                })
                .orElse(null);
    }

    private static Boolean auth(MethodDeclaration method, ClassOrInterfaceDeclaration type) {
        if (Annotations.has(method, "PermitAll")) {
            return false;
        }
        if (Annotations.has(method, "RolesAllowed", "DenyAll", "Authenticated")) {
            return true;
        }
        return Annotations.has(type, "RolesAllowed", "DenyAll", "Authenticated")
                ? Boolean.TRUE
                : Annotations.has(type, "PermitAll") ? Boolean.FALSE : null;
    }

    /** The type, then its superclasses and interfaces found in the tree (type arguments ignored), nearest first. */
    static List<ClassOrInterfaceDeclaration> hierarchy(ClassOrInterfaceDeclaration type, JavaSources sources) {
        List<ClassOrInterfaceDeclaration> types = new ArrayList<>(List.of(type));
        for (int i = 0; i < types.size() && i < 32; i++) {
            List<ClassOrInterfaceType> parents = new ArrayList<>(types.get(i).getExtendedTypes());
            parents.addAll(types.get(i).getImplementedTypes());
            for (ClassOrInterfaceType parent : parents) {
                if (sources.type(parent.getNameAsString()) instanceof ClassOrInterfaceDeclaration found
                        && !types.contains(found)) {
                    types.add(found);
                }
            }
        }
        return types;
    }
}
