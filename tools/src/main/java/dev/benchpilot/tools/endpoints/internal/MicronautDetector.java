package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Micronaut controllers: {@code @Controller("/x")} classes with {@code @Get}, {@code @Post}… methods (value or
 * {@code uri}), RFC 6570 query parts such as {@code {?q*}} stripped, {@code @Body} DTOs, {@code @Secured}.
 */
public final class MicronautDetector implements EndpointDetector {

    private static final List<String> VERBS = List.of("Get", "Post", "Put", "Delete", "Patch", "Head", "Options");

    @Override
    public String name() {
        return "micronaut";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        JavaSources sources = JavaSources.parse(sourceRoot, warnings);
        StringConstants constants = new StringConstants(sources.units());
        List<Endpoint> endpoints = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            if (unit.getImports().stream().noneMatch(i -> i.getNameAsString().startsWith("io.micronaut"))) {
                continue;
            }
            for (ClassOrInterfaceDeclaration controller : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (!Annotations.has(controller, "Controller") || controller.isInterface()) {
                    continue;
                }
                String prefix = uri(Annotations.find(controller, "Controller").orElseThrow(), constants);
                for (ClassOrInterfaceDeclaration type : JaxRsDetector.hierarchy(controller, sources)) {
                    for (MethodDeclaration method : type.getMethods()) {
                        for (String verb : VERBS) {
                            Optional<AnnotationExpr> mapping = Annotations.find(method, verb);
                            if (mapping.isPresent()) {
                                String path = EndpointPaths.join(prefix, uri(mapping.get(), constants));
                                endpoints.add(new Endpoint(
                                        verb.toUpperCase(Locale.ROOT),
                                        path,
                                        parameters(method, path, constants),
                                        body(method, sources),
                                        auth(method, controller),
                                        sources.location(
                                                method.findCompilationUnit().orElse(unit), method),
                                        name()));
                            }
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /**
     * The annotation's value or {@code uri}, without RFC 6570 query expansions like {@code {?q*}} or {@code {&page}}.
     */
    private static String uri(AnnotationExpr annotation, StringConstants constants) {
        String value = Annotations.value(annotation, List.of("value", "uri"))
                .flatMap(v -> constants.values(v).stream().findFirst())
                .orElse("");
        return value.replaceAll("\\{[?&][^}]*}", "");
    }

    private static List<Endpoint.Parameter> parameters(
            MethodDeclaration method, String path, StringConstants constants) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        List<String> variables = EndpointPaths.variables(path);
        for (Parameter parameter : method.getParameters()) {
            String type = DtoSamples.jsonType(parameter.getTypeAsString());
            String name = Annotations.name(
                    parameter,
                    "PathVariable",
                    constants,
                    Annotations.name(parameter, "QueryValue", constants, parameter.getNameAsString()));
            if (Annotations.has(parameter, "PathVariable")
                    || variables.contains(name) && !Annotations.has(parameter, "Body")) {
                parameters.add(new Endpoint.Parameter(name, Endpoint.Parameter.In.PATH, type, true));
            } else if (Annotations.has(parameter, "QueryValue")) {
                parameters.add(new Endpoint.Parameter(name, Endpoint.Parameter.In.QUERY, type, false));
            }
        }
        return parameters;
    }

    private static Endpoint.RequestBody body(MethodDeclaration method, JavaSources sources) {
        return method.getParameters().stream()
                .filter(p -> Annotations.has(p, "Body"))
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

    private static Boolean auth(MethodDeclaration method, ClassOrInterfaceDeclaration controller) {
        for (NodeWithAnnotations<?> element : List.<NodeWithAnnotations<?>>of(method, controller)) {
            if (Annotations.has(element, "PermitAll")) {
                return false;
            }
            Optional<AnnotationExpr> secured = Annotations.find(element, "Secured");
            if (secured.isPresent()) {
                String rule = secured.get().toString();
                return !(rule.contains("IS_ANONYMOUS") || rule.contains("isAnonymous()"));
            }
        }
        return null;
    }
}
