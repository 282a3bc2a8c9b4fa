package org.boomerang;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages ({@code org.boomerang.<feature>}) may use each other only one way, and
 * the Neo4j driver stays inside the repositories and the {@code graph} package.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.boomerang");

	@Test
	void there_are_no_cycles_between_feature_packages() {
		slices().matching("org.boomerang.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void the_foundation_packages_depend_on_no_feature() {
		noClasses().that()
			.resideInAnyPackage("org.boomerang.graph..", "org.boomerang.model..", "org.boomerang.importing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.boomerang.person..", "org.boomerang.skill..", "org.boomerang.directory..",
					"org.boomerang.teaching..", "org.boomerang.mentoring..", "org.boomerang.demo..",
					"org.boomerang.web..")
			.check(CLASSES);
	}

	@Test
	void security_depends_on_no_feature() {
		// Every feature asks security who is calling, so security itself may know none of
		// them: the demo's sign-in list reaches it through SignInSuggestions.
		noClasses().that()
			.resideInAPackage("org.boomerang.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.boomerang.person..", "org.boomerang.skill..", "org.boomerang.directory..",
					"org.boomerang.teaching..", "org.boomerang.mentoring..", "org.boomerang.demo..",
					"org.boomerang.importing..", "org.boomerang.web..")
			.check(CLASSES);
	}

	@Test
	void graphql_instrumentations_add_no_work_to_fields_they_do_not_watch() {
		// The Instrumentation interface's defaults return a no-op context for every
		// field's
		// execution, fetch and completion, which Spring's chain of instrumentations then
		// wraps and calls on every field of every request;
		// SimplePerformantInstrumentation
		// returns none, and the chain skips it.
		classes().that()
			.implement(Instrumentation.class)
			.should()
			.beAssignableTo(SimplePerformantInstrumentation.class)
			.check(CLASSES);
	}

	@Test
	void the_in_memory_teacher_index_depends_on_nothing_else_of_teaching() {
		noClasses().that()
			.resideInAPackage("org.boomerang.teaching.index..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.boomerang.teaching")
			.check(CLASSES);
	}

	@Test
	void neo4j_driver_types_stay_out_of_graphql_controllers() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..")
			.check(CLASSES);
	}

	@Test
	void only_repositories_and_the_graph_package_use_the_neo4j_driver() {
		// A repository's nested and anonymous classes belong to it.
		noClasses().that()
			.resideOutsideOfPackage("org.boomerang.graph..")
			.and()
			.haveNameNotMatching(".*Repository(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..")
			.check(CLASSES);
	}

}
