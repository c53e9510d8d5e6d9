package dev.benchpilot.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The architecture is checked, not hoped for: orchestrator → agents → tools, and internals stay inside. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.benchpilot");

    @Test
    void tools_knows_nothing_of_agents_orchestrator_llms_or_http_servers() {
        noClasses()
                .that()
                .resideInAPackage("dev.benchpilot.tools..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.benchpilot.agents..",
                        "dev.benchpilot.orchestrator..",
                        "dev.langchain4j..",
                        "io.javalin..",
                        "picocli..")
                .check(CLASSES);
    }

    @Test
    void agents_know_nothing_of_the_orchestrator_http_or_cli() {
        noClasses()
                .that()
                .resideInAPackage("dev.benchpilot.agents..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.benchpilot.orchestrator..", "io.javalin..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void the_example_service_is_independent_of_benchpilot() {
        noClasses()
                .that()
                .resideInAPackage("dev.benchpilot.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.benchpilot.tools..", "dev.benchpilot.agents..", "dev.benchpilot.orchestrator..")
                .check(CLASSES);
    }

    private static final String[] WAYS_IN = {
        "dev.benchpilot.orchestrator.cli..",
        "dev.benchpilot.orchestrator.api..",
        "dev.benchpilot.orchestrator.mcp..",
        "dev.benchpilot.orchestrator.batch.."
    };

    /** The workflow and what it writes and stores know nothing of the ways a run is asked for. */
    @Test
    void the_core_knows_nothing_of_the_ways_in() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.benchpilot.orchestrator.workflow..",
                        "dev.benchpilot.orchestrator.report..",
                        "dev.benchpilot.orchestrator.history..",
                        "dev.benchpilot.orchestrator.demo..",
                        "dev.benchpilot.orchestrator.runs..",
                        "dev.benchpilot.orchestrator.request..",
                        "dev.benchpilot.orchestrator.publish..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WAYS_IN)
                .check(CLASSES);
    }

    /** One package per way in: the commands, the HTTP API, MCP and batch mode each stand alone on the shared core. */
    @Test
    void each_way_in_stands_alone() {
        for (String way : WAYS_IN) {
            noClasses()
                    .that()
                    .resideInAPackage(way)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(Arrays.stream(WAYS_IN)
                            .filter(other -> !other.equals(way) && !way.equals("dev.benchpilot.orchestrator.cli.."))
                            .toArray(String[]::new))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.benchpilot.orchestrator.api..",
                        "dev.benchpilot.orchestrator.mcp..",
                        "dev.benchpilot.orchestrator.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.benchpilot.orchestrator.cli..")
                .check(CLASSES);
    }

    /** Only the commands and the request parser know picocli; only the HTTP API knows Javalin; only MCP its SDK. */
    @Test
    void each_library_of_a_way_in_stays_in_it() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.benchpilot.orchestrator.cli..", "dev.benchpilot.orchestrator.request..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.benchpilot.orchestrator.api..", "dev.benchpilot.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.benchpilot.orchestrator.mcp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.modelcontextprotocol..")
                .check(CLASSES);
    }

    /** Every package says what it is for. */
    @Test
    void every_package_has_a_package_info() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module :
                List.of("tools", "agents", "orchestrator", "examples/shop-api", "examples/calibration-api", "bench")) {
            Path root = Path.of("..", module, "src/main/java");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .map(Path::getParent)
                        .distinct()
                        .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                        .forEach(directory ->
                                missing.add(root.relativize(directory).toString()));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void nothing_outside_a_package_uses_its_internal_package() {
        noClasses().should(useAnInternalPackageOfAnotherCapability()).check(CLASSES);
    }

    private static ArchCondition<JavaClass> useAnInternalPackageOfAnotherCapability() {
        return new ArchCondition<>("use the internal package of another capability") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (internal < 0 || !target.startsWith("dev.benchpilot")) {
                        return;
                    }
                    String owner = target.substring(0, internal);
                    if (!origin.getPackageName().startsWith(owner)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
