package com.cocoonmail.spring.client;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppResponse;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code sendWhatsApp} and {@code getWhatsAppStatus} operations of
 * {@link CocoonmailClient}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientWhatsAppTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentedMessages")
	void sendWhatsAppPostsDocumentedBodyAndParsesDocumentedAnswer(String type, SendWhatsAppRequest request,
			Consumer<SendWhatsAppResponse> documentedAnswer) {
		this.cocoonmail.respondWithResource(201, "whatsapp-" + type + "-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendWhatsApp(request), documentedAnswer);
		this.cocoonmail.expectRequest("POST", "/webhook/whatsapp_message/send",
				TestJson.resource("whatsapp-" + type + "-request.json"));
	}

	static Stream<Arguments> documentedMessages() {
		Consumer<SendWhatsAppResponse> templateAnswer = DocumentedExamples::assertWhatsAppTemplateResponse;
		Consumer<SendWhatsAppResponse> textAnswer = DocumentedExamples::assertWhatsAppTextResponse;
		return Stream.of(Arguments.of("template", DocumentedExamples.whatsAppTemplateRequest(), templateAnswer),
				Arguments.of("text", DocumentedExamples.whatsAppTextRequest(), textAnswer));
	}

	@Test
	void sendWhatsAppWhenFailedRecipientsIsNotEmptySucceedsAndExposesThem() {
		this.cocoonmail.respond(201, """
				{ "success": true, "failed_recipients": ["+910000000009"],
				  "report": [ { "to": "+910000000001", "message_id": "wamid.1" } ] }
				""");
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient("+910000000001")
			.recipient("+910000000009")
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().sendWhatsApp(request), (response) -> {
			assertThat(response.failedRecipients()).containsExactly("+910000000009");
			assertThat(response.messageIds()).containsExactly("wamid.1");
		});
	}

	@Test
	void getWhatsAppStatusGetsWithMessageIdAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "whatsapp-status-response.json");
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().getWhatsAppStatus("wamid.placeholder-id"),
				DocumentedExamples::assertWhatsAppStatus);
		this.cocoonmail.expectRequest("GET", "/webhook/whatsapp_message/status",
				Map.of("message_id", "wamid.placeholder-id"), null);
	}

	@Test
	void getWhatsAppStatusWhenDataIsNullFailsNamingTheMissingData() {
		this.cocoonmail.respond(200, """
				{ "message": "WhatsappMessage data fetched successfully", "data": null }
				""");
		StepVerifier.create(this.cocoonmail.client().getWhatsAppStatus("wamid.unknown"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(CocoonmailException.class)
				.hasMessageContaining("200 to getWhatsAppStatus without the documented data"))
			.verify(LoopbackCocoonmail.TIMEOUT);
	}

}
