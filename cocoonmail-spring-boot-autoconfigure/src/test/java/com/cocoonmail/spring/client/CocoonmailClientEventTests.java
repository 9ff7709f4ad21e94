package com.cocoonmail.spring.client;

import java.util.List;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code sendEvent} and {@code verifyEmail} operations of
 * {@link CocoonmailClient}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientEventTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@Test
	void sendEventPostsNameEmailAndAttributesAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(201, "send-event-response.json");
		SendEventRequest request = SendEventRequest.builder()
			.eventName("cart_abandoned")
			.email("jsmith@example.com")
			.attribute("cart_id", "123456")
			.attribute("items", List.of("prod_001", "prod_002"))
			.attribute("total", 71.99)
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendEvent(request), (response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.id()).isEqualTo("f208364f-0fb2-4518-a55d-7270b557bfe4");
		});
		this.cocoonmail.expectRequest("POST", "/webhook/event/send", """
				{
				  "event_name": "cart_abandoned",
				  "email": "jsmith@example.com",
				  "event_attribute": { "cart_id": "123456", "items": ["prod_001", "prod_002"], "total": 71.99 }
				}
				""");
	}

	@Test
	void sendEventWithoutAttributesLeavesEventAttributeOut() {
		this.cocoonmail.respondWithResource(201, "send-event-response.json");
		StepVerifier.create(this.cocoonmail.client().sendEvent(SendEventRequest.of("signed_up", "jsmith@example.com")))
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/event/send", """
				{ "event_name": "signed_up", "email": "jsmith@example.com" }
				""");
	}

	@Test
	void verifyEmailPostsDocumentedBodyAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "verify-email-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().verifyEmail("sourabh@inofinix.com"),
				DocumentedExamples::assertEmailVerification);
		this.cocoonmail.expectRequest("POST", "/webhook/email/verify", TestJson.resource("verify-email-request.json"));
	}

	@Test
	void verifyEmailKeepsUnknownStatusValues() {
		this.cocoonmail.respond(200, """
				{ "message": "Email successfully verified",
				  "data": { "email": "x@example.com", "status": "catch_all", "score": 0.4 } }
				""");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().verifyEmail("x@example.com"),
				(verification) -> assertThat(verification.status()).isEqualTo("catch_all"));
	}

}
