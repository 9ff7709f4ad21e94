package com.cocoonmail.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InMemoryCocoonmail}.
 *
 * @author Cocoonmail Team
 */
class InMemoryCocoonmailTests {

	private final InMemoryCocoonmail cocoonmail = new InMemoryCocoonmail();

	@Test
	void contactsAreCreatedOnceUpdatedFoundListedByPageAndDeleted() {
		assertThat(post("/webhook/contact/create", "{\"email\":\"ada@example.com\",\"first_name\":\"Ada\"}").status())
			.isEqualTo(200);
		assertThat(post("/webhook/contact/create", "{\"email\":\"ada@example.com\"}").status()).isEqualTo(409);
		assertThat(
				post("/webhook/contact/update", "{\"email\":\"ada@example.com\",\"last_name\":\"Lovelace\"}").status())
			.isEqualTo(200);
		post("/webhook/contact/update", "{\"email\":\"bob@example.com\"}");
		post("/webhook/contact/create", "{\"email\":\"cy@example.com\"}");
		List<?> found = list(get("/webhook/contact/find", Map.of("email", "ada@example.com")).body());
		assertThat(found).singleElement()
			.satisfies((contact) -> assertThat(EmulatorJson.map(contact)).containsEntry("first_name", "Ada")
				.containsEntry("last_name", "Lovelace")
				.containsKey("id"));
		Map<String, Object> page = EmulatorJson
			.readObject(get("/webhook/contact/list", Map.of("page", "2", "per_page", "2")).body());
		assertThat((List<?>) page.get("data")).hasSize(1);
		assertThat(EmulatorJson.map(page.get("meta"))).containsEntry("current_page", 2)
			.containsEntry("last_page", 2)
			.containsEntry("total", 3);
		assertThat(EmulatorJson.map(page.get("links"))).containsEntry("next", null);
		assertThat(post("/webhook/contact/delete", "{\"email\":\"bob@example.com\"}").status()).isEqualTo(200);
		assertThat(post("/webhook/contact/delete", "{\"email\":\"bob@example.com\"}").status()).isEqualTo(404);
		assertThat(this.cocoonmail.contacts()).hasSize(2);
	}

	@Test
	void mailWithoutExactlyOneContentModeOrRecipientsIsABadRequest() {
		assertThat(post("/webhook/mail/send", "{\"to\":[{\"email\":\"ada@example.com\"}]}").status()).isEqualTo(400);
		assertThat(post("/webhook/mail/send", "{\"transactional_id\":\"welcome\",\"to\":[]}").status()).isEqualTo(400);
		assertThat(
				post("/webhook/mail/send", "{\"email_content\":\"<p>Hi</p>\",\"to\":[{\"email\":\"a@example.com\"}]}")
					.status())
			.isEqualTo(400);
		assertThat(post("/webhook/mail/send", "not json").status()).isEqualTo(400);
		assertThat(this.cocoonmail.mails()).isEmpty();
		assertThat(this.cocoonmail.received()).hasSize(4);
	}

	@Test
	void directMailReportsItsRecipientsAndCountsInTheUsage() {
		EmulatorAnswer sent = post("/webhook/mail/send-direct",
				"{\"email_content\":\"<p>Hi</p>\",\"sender\":\"s@example.com\",\"subject\":\"Hi\","
						+ "\"to\":[{\"email\":\"ada@example.com\"}]}");
		assertThat(sent.status()).isEqualTo(201);
		assertThat(EmulatorJson.readObject(sent.body())).containsEntry("sent_recipients", List.of("ada@example.com"));
		Map<String, Object> usage = EmulatorJson.readObject(post("/webhook/mail/usage", "").body());
		assertThat(EmulatorJson.map(EmulatorJson.map(usage.get("quotas")).get("MAX_SEND_MAIL_PER_DAY")))
			.containsEntry("usage", "1");
	}

	@Test
	void eventsVerificationWhatsAppListsAndFieldsAnswerAsCocoonmail() {
		assertThat(post("/webhook/event/send", "{\"event_name\":\"signup\"}").status()).isEqualTo(400);
		assertThat(EmulatorJson.readObject(
				post("/webhook/event/send", "{\"event_name\":\"signup\",\"email\":\"ada@example.com\"}").body()))
			.containsKey("id");
		assertThat(this.cocoonmail.events()).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("event_name", "signup"));
		Map<String, Object> verified = EmulatorJson
			.readObject(post("/webhook/email/verify", "{\"email\":\"not-an-email\"}").body());
		assertThat(EmulatorJson.map(verified.get("data"))).containsEntry("status", "invalid");
		EmulatorAnswer whatsApp = post("/webhook/whatsapp_message/send",
				"{\"from_number\":\"+100\",\"type\":\"text\",\"content\":{\"body\":\"Hi\"},"
						+ "\"recipient\":[{\"whatsapp_number\":\"+200\"}]}");
		String messageId = EmulatorJson.text(
				EmulatorJson.map(EmulatorJson.list(EmulatorJson.readObject(whatsApp.body()), "report").get(0)),
				"message_id");
		Map<String, Object> status = EmulatorJson
			.readObject(get("/webhook/whatsapp_message/status", Map.of("message_id", messageId)).body());
		assertThat(EmulatorJson.map(status.get("data"))).containsEntry("to", "+200").containsEntry("delivered", true);
		this.cocoonmail.addMailingList("vip", "VIP", false).addCustomField("age", "Age", "number");
		assertThat(list(get("/webhook/mailing_list/list", Map.of()).body())).hasSize(2);
		assertThat(list(get("/webhook/custom_field/list", Map.of()).body())).hasSize(2);
	}

	@Test
	void endpointsCanBeAnsweredOnOtherPaths() {
		this.cocoonmail.path(EmulatorEndpoint.CREATE_CONTACT, "/api/contacts");
		assertThat(post("/api/contacts", "{\"email\":\"ada@example.com\"}").status()).isEqualTo(200);
		assertThat(post("/webhook/contact/create", "{\"email\":\"bob@example.com\"}").status()).isEqualTo(404);
	}

	@Test
	void endpointAnsweredWithAFixedAnswerGivesItUntilCleared() {
		EmulatorAnswer found = new EmulatorAnswer(200, Map.of(), "{\"data\":{\"x_message_id\":\"m-1\"}}");
		this.cocoonmail.answerEvery(EmulatorEndpoint.MAIL_STATUS, found);
		assertThat(get("/webhook/mail/status", Map.of("message_id", "m-1"))).isEqualTo(found);
		assertThat(post("/webhook/event/send", "{\"event_name\":\"signup\"}").status()).isEqualTo(400);
		this.cocoonmail.answerEvery(EmulatorEndpoint.MAIL_STATUS, null);
		assertThat(get("/webhook/mail/status", Map.of("message_id", "m-1")).status()).isEqualTo(404);
		assertThat(this.cocoonmail.received()).hasSize(3);
	}

	@Test
	void aBoundedWorkspaceKeepsTheNewest() {
		InMemoryCocoonmail bounded = new InMemoryCocoonmail(2);
		for (String name : List.of("a", "b", "c")) {
			bounded.answer(EmulatorRequest.now("POST", "/webhook/event/send", Map.of(), Map.of(),
					"{\"event_name\":\"" + name + "\",\"email\":\"ada@example.com\"}"));
		}
		assertThat(bounded.events()).extracting((event) -> event.get("event_name")).containsExactly("b", "c");
		assertThat(bounded.received()).hasSize(2);
		bounded.clear();
		assertThat(bounded.events()).isEmpty();
	}

	private EmulatorAnswer post(String path, String body) {
		return this.cocoonmail.answer(EmulatorRequest.now("POST", path, Map.of(), Map.of(), body));
	}

	private EmulatorAnswer get(String path, Map<String, String> query) {
		return this.cocoonmail.answer(EmulatorRequest.now("GET", path, query, Map.of(), ""));
	}

	private static List<?> list(String body) {
		return (List<?>) EmulatorJson.readObject("{\"list\":" + body + "}").get("list");
	}

}
