package com.cocoonmail.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample against the Cocoonmail emulator, the Boot way:
 * {@code ./mvnw -pl sample-app -am spring-boot:test-run}.
 *
 * @author Cocoonmail Team
 */
public final class TestSampleApplication {

	private TestSampleApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main)
			.with(DevEmulatorConfiguration.class)
			.withAdditionalProfiles(DevEmulatorConfiguration.PROFILE)
			.run(args);
	}

}
