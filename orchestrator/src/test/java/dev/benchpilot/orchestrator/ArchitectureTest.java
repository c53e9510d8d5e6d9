package dev.benchpilot.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
