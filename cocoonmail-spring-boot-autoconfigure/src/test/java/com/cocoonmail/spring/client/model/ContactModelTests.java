package com.cocoonmail.spring.client.model;

import java.util.List;

import com.cocoonmail.spring.client.DocumentedExamples;
import com.cocoonmail.spring.client.TestJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Contact}, {@link ContactLookup}, {@link ContactResponse},
 * {@link MailingList} and {@link CustomField}.
 *
 * @author Cocoonmail Team
 */
class ContactModelTests {

	@Test
	void contactBuilderWritesSnakeCaseFields() {
		Contact contact = Contact.builder()
			.email("jsmith@example.com")
			.firstName("John")
			.lastName("Smith")
			.name("John Smith")
			.userId("u-42")
			.whatsappNumber("+910000000000")
			.source("signup-form")
			.subscribed(true)
			.lists(List.of("customers"))
			.list("beta")
			.tags(List.of("vip"))
			.tag("early")
			.attribute("plan", "pro")
			.build();
		assertThat(TestJson.write(contact)).isEqualTo(TestJson.compact("""
				{
				  "email": "jsmith@example.com", "first_name": "John", "last_name": "Smith", "name": "John Smith",
				  "user_id": "u-42", "whatsapp_number": "+910000000000", "source": "signup-form", "subscribed": true,
				  "lists": [ "customers", "beta" ], "tags": [ "vip", "early" ], "attributes": { "plan": "pro" }
				}
				"""));
	}

	@Test
	void contactWithOnlyEmailWritesOnlyEmail() {
		assertThat(TestJson.write(Contact.builder().email("a@example.com").build()))
			.isEqualTo("{\"email\":\"a@example.com\"}");
	}

	@Test
	void contactParsesLoopsStyleArrayElement() {
		Contact[] contacts = TestJson.read(TestJson.resource("find-contacts-response.json"), Contact[].class);
		assertThat(contacts).hasSize(1);
		DocumentedExamples.assertLoopsStyleContact(contacts[0]);
	}

	@Test
	void contactParsesCocoonmailFieldsWithNumericId() {
		Contact contact = TestJson.read("""
				{ "id": 1234, "email": "john.doe@example.com", "name": "John Doe", "first_name": "John",
				  "user_id": "u-1", "whatsapp_number": "+910000000000", "is_whatsapp_unsubscribed": false,
				  "lists": [ "customers" ], "tags": [ "vip" ], "attributes": { "plan": "pro" } }
				""", Contact.class);
		assertThat(contact.id()).isEqualTo("1234");
		assertThat(contact.firstName()).isEqualTo("John");
		assertThat(contact.name()).isEqualTo("John Doe");
		assertThat(contact.userId()).isEqualTo("u-1");
		assertThat(contact.whatsappNumber()).isEqualTo("+910000000000");
		assertThat(contact.lists()).containsExactly("customers");
		assertThat(contact.tags()).containsExactly("vip");
		assertThat(contact.attributes()).containsEntry("plan", "pro");
	}

	@Test
	void contactLookupWritesOneIdentifier() {
		assertThat(TestJson.write(ContactLookup.byEmail("a@example.com"))).isEqualTo("{\"email\":\"a@example.com\"}");
		assertThat(TestJson.write(ContactLookup.byUserId("u-42"))).isEqualTo("{\"user_id\":\"u-42\"}");
	}

	@Test
	void contactResponseParsesLoopsStyleAnswers() {
		ContactResponse created = TestJson.read(TestJson.resource("contact-response.json"), ContactResponse.class);
		assertThat(created.success()).isTrue();
		assertThat(created.id()).isEqualTo("id_of_contact");
		ContactResponse deleted = TestJson.read(TestJson.resource("delete-contact-response.json"),
				ContactResponse.class);
		assertThat(deleted.message()).isEqualTo("Contact deleted.");
		assertThat(deleted.id()).isNull();
	}

	@Test
	void mailingListParsesIsPublicAlias() {
		MailingList[] lists = TestJson.read("""
				[ { "id": "cm06f5v0e45nf0ml5754o9cix", "name": "Main list", "description": "All customers.",
				    "isPublic": true, "colour": "#ff0000" },
				  { "id": "2", "name": "Staff", "is_public": false } ]
				""", MailingList[].class);
		assertThat(lists[0].id()).isEqualTo("cm06f5v0e45nf0ml5754o9cix");
		assertThat(lists[0].name()).isEqualTo("Main list");
		assertThat(lists[0].description()).isEqualTo("All customers.");
		assertThat(lists[0].isPublic()).isTrue();
		assertThat(lists[1].isPublic()).isFalse();
		assertThat(lists[1].description()).isNull();
	}

	@Test
	void mailingListWritesIsPublicOnce() {
		assertThat(TestJson.write(new MailingList("1", "Main list", null, true)))
			.isEqualTo("{\"id\":\"1\",\"name\":\"Main list\",\"is_public\":true}");
	}

	@Test
	void customFieldParsesDocumentedExample() {
		CustomField[] fields = TestJson.read("""
				[ { "key": "favoriteColor", "label": "Favorite Color", "type": "string" },
				  { "key": "plan", "label": "Plan", "type": "string", "options": [] } ]
				""", CustomField[].class);
		assertThat(fields).containsExactly(new CustomField("favoriteColor", "Favorite Color", "string"),
				new CustomField("plan", "Plan", "string"));
	}

}
