package com.cocoonmail.spring.client.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SendMailRequest}, {@link Recipient}, {@link Attachment} and
 * {@link RemoteAttachment}.
 *
 * @author Cocoonmail Team
 */
class SendMailRequestTests {

	@Test
	void sendMailRequestWritesDocumentedProductionExample() {
		TestJson.assertWrites(DocumentedExamples.mailRequest(), "send-mail-request.json");
	}

	@Test
	void sendMailRequestWritesEveryFieldOfTemplateExample() {
		TestJson.assertWrites(DocumentedExamples.everyFieldMailRequest(), "send-mail-every-field-request.json");
	}

	@Test
	void sendMailRequestWritesTemplateUuidModeAndCollectionAdders() {
		SendMailRequest request = SendMailRequest.builder()
			.templateUuid("6f1c2b9e-0000-4000-8000-000000000001")
			.sender("sender@example.com")
			.subject("Your order")
			.to("a@example.com")
			.to(List.of(Recipient.of("b@example.com")))
			.cc(List.of("c@example.com", "d@example.com"))
			.customParameters(Map.of("total", 12.5))
			.remoteAttachment(RemoteAttachment.of("https://cdn.example.com/invoice.pdf"))
			.scheduledAt("2026-01-02T03:04:05+05:30")
			.tag("orders")
			.tags("a", "b")
			.build();
		assertThat(TestJson.write(request)).isEqualTo(TestJson.compact("""
				{
				  "template_uuid": "6f1c2b9e-0000-4000-8000-000000000001",
				  "sender": "sender@example.com",
				  "subject": "Your order",
				  "to": [ { "email": "a@example.com" }, { "email": "b@example.com" } ],
				  "cc": [ "c@example.com", "d@example.com" ],
				  "custom_parameter": { "total": 12.5 },
				  "attachments_remote": [ { "remote_link": "https://cdn.example.com/invoice.pdf" } ],
				  "scheduled_at": "2026-01-02T03:04:05+05:30",
				  "tags": [ "orders", "a", "b" ]
				}
				"""));
	}

	@Test
	void sendMailRequestWithNothingSetWritesEmptyObject() {
		SendMailRequest request = SendMailRequest.builder().build();
		assertThat(request.to()).isNull();
		assertThat(request.cc()).isNull();
		assertThat(request.customParameter()).isNull();
		assertThat(request.attachments()).isNull();
		assertThat(request.remoteAttachments()).isNull();
		assertThat(request.tags()).isNull();
		assertThat(TestJson.write(request)).isEqualTo("{}");
	}

	@Test
	void scheduledAtInstantKeepsFractionAndUsesUtc() {
		SendMailRequest request = SendMailRequest.builder()
			.scheduledAt(Instant.parse("2026-01-02T03:04:05.120Z"))
			.build();
		assertThat(request.scheduledAt()).isEqualTo("2026-01-02T03:04:05.120Z");
	}

	@Test
	void builderCopiesCollectionsOnBuild() {
		SendMailRequest.Builder builder = SendMailRequest.builder().to("a@example.com").tag("one");
		SendMailRequest request = builder.build();
		builder.to("b@example.com").tag("two");
		assertThat(request.to()).extracting(Recipient::email).containsExactly("a@example.com");
		assertThat(request.tags()).containsExactly("one");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> request.tags().add("three"));
	}

	@Test
	void sendMailRequestReadsBackWhatItWrites() {
		SendMailRequest request = SendMailRequest.builder()
			.transactionalId("welcome-mail")
			.to(Recipient.builder().email("jsmith@example.com").attribute("plan", "pro").age(30).build())
			.customParameter("name", "John")
			.attachment(Attachment.of("a.txt", "text/plain", new byte[] { 1, 2, 3 }))
			.allowOpenTracking(false)
			.build();
		SendMailRequest read = TestJson.read(TestJson.write(request), SendMailRequest.class);
		assertThat(read).isEqualTo(request);
	}

	@Test
	void recipientWritesEveryDocumentedFieldWithDocumentedNames() {
		Recipient recipient = Recipient.builder()
			.email("jane@example.com")
			.name("Jane Q Doe")
			.firstName("Jane")
			.middleName("Q")
			.lastName("Doe")
			.attributes(Map.of("score", 7))
			.lists(List.of("customers"))
			.list("beta")
			.tags(List.of("vip"))
			.tag("early")
			.gender("female")
			.age(41)
			.address1("1 Main Street")
			.address2("Flat 2")
			.city("Pune")
			.state("MH")
			.country("India")
			.postalCode("411001")
			.designation("CTO")
			.company("Acme")
			.industry("Software")
			.description("Key account")
			.anniversaryDate("2020-05-01")
			.build();
		assertThat(TestJson.write(recipient)).isEqualTo(TestJson.compact("""
				{
				  "email": "jane@example.com", "name": "Jane Q Doe", "first_name": "Jane", "middle_name": "Q",
				  "last_name": "Doe", "attributes": { "score": 7 }, "lists": [ "customers", "beta" ],
				  "tags": [ "vip", "early" ], "gender": "female", "age": 41, "Address1": "1 Main Street",
				  "Address2": "Flat 2", "city": "Pune", "state": "MH", "country": "India", "postal_code": "411001",
				  "designation": "CTO", "company": "Acme", "industry": "Software", "description": "Key account",
				  "anniversary_date": "2020-05-01"
				}
				"""));
	}

	@Test
	void recipientOfSetsOnlyEmail() {
		assertThat(TestJson.write(Recipient.of("a@example.com"))).isEqualTo("{\"email\":\"a@example.com\"}");
	}

	@Test
	void attachmentOfEncodesContentAsBase64() {
		Attachment attachment = Attachment.of("hello.txt", "text/plain", "Hello".getBytes(StandardCharsets.UTF_8));
		assertThat(attachment.filename()).isEqualTo("hello.txt");
		assertThat(attachment.contentType()).isEqualTo("text/plain");
		assertThat(attachment.data()).isEqualTo("SGVsbG8=");
	}

	@Test
	void unknownFieldsAreIgnored() {
		Recipient recipient = TestJson
			.read("{\"email\":\"a@example.com\",\"Address1\":\"Street\",\"favourite\":{\"x\":1}}", Recipient.class);
		assertThat(recipient.email()).isEqualTo("a@example.com");
		assertThat(recipient.address1()).isEqualTo("Street");
	}

}
