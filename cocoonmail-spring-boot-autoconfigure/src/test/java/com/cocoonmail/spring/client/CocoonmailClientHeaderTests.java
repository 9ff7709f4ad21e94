package com.cocoonmail.spring.client;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;

import com.cocoonmail.spring.test.LoopbackCocoonmail;
import com.cocoonmail.spring.test.OperationCall;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the headers {@link CocoonmailClient} sends with every operation, for each
 * {@link CocoonmailAuthScheme}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientHeaderTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest(name = "{1} with {0}")
	@MethodSource("operationsPerAuthScheme")
	void everyOperationSendsKeyAcceptUserAgentAndContentTypeOnlyWithBody(CocoonmailAuthScheme authScheme, String name,
			OperationCall operation) {
		this.cocoonmail.respond(200, "{\"data\": {}}");
		StepVerifier.create(operation.call().apply(this.cocoonmail.client(authScheme)))
			.thenConsumeWhile((element) -> true)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		RecordedRequest request = this.cocoonmail.takeRequest();
		assertThat(request.getMethod()).isEqualTo(operation.method());
		assertThat(request.getUrl().encodedPath()).isEqualTo(operation.path());
		this.cocoonmail.assertCommonHeaders(request, operation.hasBody());
		assertThat(LoopbackCocoonmail.bodyOf(request).isEmpty()).isNotEqualTo(operation.hasBody());
	}

	static Stream<Arguments> operationsPerAuthScheme() {
		return Arrays.stream(CocoonmailAuthScheme.values())
			.flatMap((scheme) -> OperationCall.ALL.stream()
				.map((operation) -> Arguments.of(scheme, operation.name(), operation)));
	}

	@Test
	void headerTestsCoverEveryOperation() {
		assertThat(Arrays.stream(CocoonmailOperations.class.getDeclaredMethods()).map(Method::getName)).hasSize(16)
			.containsExactlyInAnyOrderElementsOf(OperationCall.names());
	}

	@Test
	void userAgentNamesStarterAndVersion() {
		assertThat(CocoonmailClient.USER_AGENT).isEqualTo("cocoonmail-spring-boot/0.1.0-SNAPSHOT");
	}

}
