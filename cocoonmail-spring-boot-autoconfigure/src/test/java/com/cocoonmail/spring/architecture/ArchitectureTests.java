package com.cocoonmail.spring.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules: the client, its models and the event bridge's public types work
 * without Spring Boot.
 *
 * @author Cocoonmail Team
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.cocoonmail.spring");

	@Test
	void clientDoesNotDependOnSpringBoot() {
		noClasses().that()
			.resideInAPackage("com.cocoonmail.spring.client..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.check(CLASSES);
	}

	@Test
	void eventBridgeDoesNotDependOnSpringBoot() {
		noClasses().that()
			.resideInAPackage("com.cocoonmail.spring.event..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.check(CLASSES);
	}

	@Test
	void clientDoesNotDependOnTheStartersWiring() {
		noClasses().that()
			.resideInAnyPackage("com.cocoonmail.spring.client..", "com.cocoonmail.spring.event..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.cocoonmail.spring.autoconfigure..", "com.cocoonmail.spring.health..")
			.check(CLASSES);
	}

}
