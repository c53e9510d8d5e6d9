package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spring MVC / WebFlux controllers read with JavaParser: {@code @RestController} and {@code @Controller} (with or
 * without {@code @ResponseBody}; composed stereotypes too), class and method {@code @RequestMapping} and the {@code
 * @GetMapping} family, paths
 * from constants, mappings inherited from interfaces and superclasses in the tree, and the servlet prefixes of
 * {@code application.properties|yml}.
 */
public final class SpringDetector implements EndpointDetector {

    private static final String[] SECURED = {"PreAuthorize", "Secured", "RolesAllowed"};

    @Override
    public String name() {
        return "spring";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        JavaSources sources = JavaSources.parse(sourceRoot, warnings);
        SpringMappings mappings = new SpringMappings(new StringConstants(sources.units()), sources.units());
        SpringProperties.Prefixes servletPrefixes = SpringProperties.servletPrefixes(sourceRoot, warnings);
        List<Endpoint> endpoints = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            String servletPrefix = unit.getStorage()
                    .map(storage -> servletPrefixes.of(storage.getPath()))
                    .orElse("");
            for (ClassOrInterfaceDeclaration controller : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                // every handler of a controller answers on its path: @ResponseBody (on the class or the method), a
                // response written by hand, or a page rendered from a view
                if (!mappings.controller(controller) || controller.isInterface()) {
                    continue;
                }
                List<ClassOrInterfaceDeclaration> hierarchy = hierarchy(controller, sources);
                // like Spring's merged annotation lookup: the nearest type-level mapping in the hierarchy
                java.util.Optional<SpringMappings.Mapping> typeMapping = hierarchy.stream()
                        .map(mappings::of)
                        .flatMap(java.util.Optional::stream)
                        .findFirst();
                if (typeMapping.isPresent() && typeMapping.get().unresolved() != null) {
                    warnings.add(DetectionResult.notUnderstood(
                            sources.location(unit, controller),
                            name(),
                            controller.getNameAsString() + "'s mapping "
                                    + typeMapping.get().unresolved() + " is not a constant"));
                    continue;
                }
                List<String> prefixes =
                        typeMapping.map(SpringMappings.Mapping::paths).orElse(List.of(""));
                for (ClassOrInterfaceDeclaration type : hierarchy) {
                    for (MethodDeclaration method : type.getMethods()) {
                        if (type != controller && overridden(controller, method, mappings)) {
                            continue;
                        }
                        java.util.Optional<SpringMappings.Mapping> mapping = mappings.of(method);
                        if (mapping.isPresent() && mapping.get().unresolved() != null) {
                            warnings.add(DetectionResult.notUnderstood(
                                    sources.location(
                                            method.findCompilationUnit().orElse(unit), method),
                                    name(),
                                    "the mapping " + mapping.get().unresolved() + " is not a constant"));
                        } else {
                            mapping.ifPresent(found -> endpoints.addAll(
                                    endpoints(servletPrefix, prefixes, found, method, controller, sources, unit)));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static List<Endpoint> endpoints(
            String servletPrefix,
            List<String> prefixes,
            SpringMappings.Mapping mapping,
            MethodDeclaration method,
            ClassOrInterfaceDeclaration controller,
            JavaSources sources,
            CompilationUnit unit) {
        List<Endpoint> endpoints = new ArrayList<>();
        Boolean auth = SpringMappings.has(method, "PermitAll")
                ? Boolean.FALSE
                : SpringMappings.has(method, SECURED) || SpringMappings.has(controller, SECURED) ? Boolean.TRUE : null;
        for (String prefix : prefixes) {
            for (String path : mapping.paths()) {
                String full = EndpointPaths.join(EndpointPaths.join(servletPrefix, prefix), path);
                for (String verb : mapping.methods()) {
                    endpoints.add(new Endpoint(
                            verb,
                            full,
                            parameters(method),
                            body(method, sources),
                            auth,
                            sources.location(method.findCompilationUnit().orElse(unit), method),
                            "spring"));
                }
            }
        }
        return endpoints;
    }

    private static List<Endpoint.Parameter> parameters(MethodDeclaration method) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Endpoint.Parameter.In in = SpringMappings.has(parameter, "PathVariable")
                    ? Endpoint.Parameter.In.PATH
                    : SpringMappings.has(parameter, "RequestParam")
                            ? Endpoint.Parameter.In.QUERY
                            : SpringMappings.has(parameter, "RequestHeader") ? Endpoint.Parameter.In.HEADER : null;
            if (in != null) {
                String name = parameter.getAnnotations().stream()
                        .filter(a -> a.isSingleMemberAnnotationExpr())
                        .map(a -> a.asSingleMemberAnnotationExpr().getMemberValue())
                        .filter(v -> v.isStringLiteralExpr())
                        .map(v -> v.asStringLiteralExpr().getValue())
                        .findFirst()
                        .orElse(parameter.getNameAsString());
                parameters.add(new Endpoint.Parameter(
                        name, in, DtoSamples.jsonType(parameter.getTypeAsString()), in == Endpoint.Parameter.In.PATH));
            }
        }
        return parameters;
    }

    private static Endpoint.RequestBody body(MethodDeclaration method, JavaSources sources) {
        return method.getParameters().stream()
                .filter(p -> SpringMappings.has(p, "RequestBody"))
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

    /** The controller, then the interfaces and superclasses found in the tree, nearest first. */
    private static List<ClassOrInterfaceDeclaration> hierarchy(
            ClassOrInterfaceDeclaration controller, JavaSources sources) {
        List<ClassOrInterfaceDeclaration> types = new ArrayList<>(List.of(controller));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size() && i < 32; i++) {
            ClassOrInterfaceDeclaration type = types.get(i);
            List<ClassOrInterfaceType> parents = new ArrayList<>(type.getExtendedTypes());
            parents.addAll(type.getImplementedTypes());
            for (ClassOrInterfaceType parent : parents) {
                TypeDeclaration<?> found = sources.type(parent.getNameAsString());
                if (found instanceof ClassOrInterfaceDeclaration declaration
                        && seen.add(declaration.getNameAsString())) {
                    types.add(declaration);
                }
            }
        }
        return types;
    }

    private static boolean overridden(
            ClassOrInterfaceDeclaration controller, MethodDeclaration inherited, SpringMappings mappings) {
        return controller
                .getMethodsBySignature(
                        inherited.getNameAsString(),
                        inherited.getParameters().stream()
                                .map(p -> p.getType().asString())
                                .toArray(String[]::new))
                .stream()
                .anyMatch(mappings::mapped);
    }
}
