package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.CustomField;
import com.cocoonmail.spring.client.model.MailingList;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the contact, mailing-list and custom-field operations of
 * {@link CocoonmailClient}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientContactTests {

	private static final String CONTACT_LIST_PATH = "/webhook/contact/list";

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@Test
	void createContactPostsSnakeCaseContactAndParsesAnswer() {
		this.cocoonmail.respondWithResource(201, "contact-response.json");
		Contact contact = Contact.builder()
			.email("bob@example.com")
			.firstName("Bob")
			.lastName("Smith")
			.userId("u-42")
			.list("newsletter")
			.tag("vip")
			.attribute("plan", "pro")
			.build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().createContact(contact), (response) -> {
			assertThat(response.success()).isTrue();
			assertThat(response.id()).isEqualTo("id_of_contact");
		});
		this.cocoonmail.expectRequest("POST", "/webhook/contact/create", """
				{ "email": "bob@example.com", "first_name": "Bob", "last_name": "Smith", "user_id": "u-42",
				  "lists": ["newsletter"], "tags": ["vip"], "attributes": { "plan": "pro" } }
				""");
	}

	@Test
	void updateContactByUserIdPostsContactAndParsesAnswer() {
		this.cocoonmail.respondWithResource(200, "contact-response.json");
		Contact contact = Contact.builder().userId("u-42").firstName("Robert").subscribed(false).build();
		LoopbackCocoonmail.expectOne(this.cocoonmail.client().updateContact(contact),
				(response) -> assertThat(response.id()).isEqualTo("id_of_contact"));
		this.cocoonmail.expectRequest("POST", "/webhook/contact/update", """
				{ "user_id": "u-42", "first_name": "Robert", "subscribed": false }
				""");
	}

	@Test
	void findContactsByEmailGetsWithQueryAndReadsBareArray() {
		this.cocoonmail.respondWithResource(200, "find-contacts-response.json");
		LoopbackCocoonmail.expectOne(
				this.cocoonmail.client().findContacts(ContactLookup.byEmail("hello+news@gmail.com")),
				DocumentedExamples::assertLoopsStyleContact);
		this.cocoonmail.expectRequest("GET", "/webhook/contact/find", Map.of("email", "hello+news@gmail.com"), null);
	}

	@Test
	void findContactsByUserIdGetsWithQueryAndReadsDataEnvelope() {
		this.cocoonmail.respond(200, """
				{ "data": [ { "id": 7, "email": "bob@example.com", "first_name": "Bob", "user_id": "u-42" },
				            { "id": 8, "email": "rob@example.com", "first_name": "Rob", "user_id": "u-42" } ] }
				""");
		StepVerifier.create(this.cocoonmail.client().findContacts(ContactLookup.byUserId("u-42")))
			.assertNext((contact) -> {
				assertThat(contact.id()).isEqualTo("7");
				assertThat(contact.email()).isEqualTo("bob@example.com");
				assertThat(contact.firstName()).isEqualTo("Bob");
				assertThat(contact.userId()).isEqualTo("u-42");
			})
			.assertNext((contact) -> assertThat(contact.email()).isEqualTo("rob@example.com"))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/contact/find", Map.of("user_id", "u-42"), null);
	}

	@Test
	void findContactsWhenNoneMatchCompletesEmpty() {
		this.cocoonmail.respond(200, "[]");
		StepVerifier.create(this.cocoonmail.client().findContacts(ContactLookup.byEmail("nobody@example.com")))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contactLookups")
	void deleteContactPostsLookupAndCompletes(ContactLookup lookup, String expectedJson) {
		this.cocoonmail.respondWithResource(200, "delete-contact-response.json");
		StepVerifier.create(this.cocoonmail.client().deleteContact(lookup))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/webhook/contact/delete", expectedJson);
	}

	static Stream<Arguments> contactLookups() {
		return Stream.of(Arguments.of(ContactLookup.byEmail("bob@example.com"), "{ \"email\": \"bob@example.com\" }"),
				Arguments.of(ContactLookup.byUserId("u-42"), "{ \"user_id\": \"u-42\" }"));
	}

	@Test
	void listMailingListsGetsAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "mailing-lists-response.json");
		StepVerifier.create(this.cocoonmail.client().listMailingLists())
			.expectNext(new MailingList("cm06f5v0e45nf0ml5754o9cix", "Main list", "All customers.", true))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/mailing_list/list", null);
	}

	@Test
	void listMailingListsWhenThereAreNoneCompletesEmpty() {
		this.cocoonmail.respond(200, "[]");
		StepVerifier.create(this.cocoonmail.client().listMailingLists())
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
	}

	@Test
	void listCustomFieldsGetsAndParsesDocumentedAnswer() {
		this.cocoonmail.respondWithResource(200, "custom-fields-response.json");
		StepVerifier.create(this.cocoonmail.client().listCustomFields())
			.expectNext(new CustomField("favoriteColor", "Favorite Color", "string"))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/webhook/custom_field/list", null);
	}

	@Test
	void listCustomFieldsReadsDataEnvelope() {
		this.cocoonmail.respond(200, """
				{ "data": [ { "key": "plan", "label": "Plan", "type": "string", "created_at": "2026-01-01" } ] }
				""");
		StepVerifier.create(this.cocoonmail.client().listCustomFields())
			.expectNext(new CustomField("plan", "Plan", "string"))
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
	}

	@Test
	void listContactsFollowsEveryPageWithPageAndPerPageQuery() {
		respondWithThreeContactPages();
		CocoonmailClient client = this.cocoonmail.clientBuilder().contactsPageSize(2).build();
		StepVerifier.create(client.listContacts().map(Contact::email))
			.expectNext("ada@example.com", "alan@example.com", "grace@example.com", "edsger@example.com",
					"barbara@example.com")
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		for (int page = 1; page <= 3; page++) {
			this.cocoonmail.expectRequest("GET", CONTACT_LIST_PATH,
					Map.of("page", String.valueOf(page), "per_page", "2"), null);
		}
		assertThat(this.cocoonmail.requestCount()).isEqualTo(3);
	}

	@Test
	void listContactsRequestsNextPageOnlyWhenSubscriberWantsMore() {
		respondWithThreeContactPages();
		CocoonmailClient client = this.cocoonmail.clientBuilder().contactsPageSize(2).build();
		StepVerifier.create(client.listContacts().take(2).map(Contact::email))
			.expectNext("ada@example.com", "alan@example.com")
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
		this.cocoonmail.expectRequest("GET", CONTACT_LIST_PATH, Map.of("page", "1", "per_page", "2"), null);
		this.cocoonmail.respondWithResource(200, "validate-api-key-response.json");
		StepVerifier.create(client.validateApiKey())
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		assertThat(this.cocoonmail.requestCount()).isEqualTo(2);
	}

	@Test
	void listContactsFollowsTensOfThousandsOfPagesWithoutNestingThem() {
		int lastPage = 20_000;
		AtomicInteger requests = new AtomicInteger();
		WebClient.Builder inMemory = WebClient.builder().exchangeFunction((request) -> {
			requests.incrementAndGet();
			String page = UriComponentsBuilder.fromUri(request.url()).build().getQueryParams().getFirst("page");
			return Mono.just(ClientResponse.create(HttpStatus.OK)
				.header("Content-Type", "application/json")
				.body("{ \"data\": [ { \"email\": \"user" + page + "@example.com\" } ], \"meta\": "
						+ "{ \"current_page\": " + page + ", \"last_page\": " + lastPage + " } }")
				.build());
		});
		CocoonmailClient client = this.cocoonmail.clientBuilder().webClientBuilder(inMemory).build();
		StepVerifier.create(client.listContacts().map(Contact::email))
			.expectNextCount(lastPage - 1)
			.expectNext("user" + lastPage + "@example.com")
			.expectComplete()
			.verify(Duration.ofSeconds(60));
		assertThat(requests).hasValue(lastPage);
	}

	@Test
	void listContactsUsesDefaultPageSizeAndStopsOnLastPage() {
		this.cocoonmail.respond(200, """
				{ "data": [ { "email": "only@example.com" } ], "links": { "next": null },
				  "meta": { "current_page": 1, "last_page": 1, "per_page": 100, "total": 1 } }
				""");
		StepVerifier.create(this.cocoonmail.client().listContacts().map(Contact::email))
			.expectNext("only@example.com")
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", CONTACT_LIST_PATH, Map.of("page", "1", "per_page", "100"), null);
		assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
	}

	@Test
	void contactOperationsUseConfiguredPaths() {
		CocoonmailPaths paths = new CocoonmailPaths("/v2/contacts", "/v2/contacts/update", "/v2/contacts/find",
				"/v2/contacts/delete", "/v2/contacts/all", "/v2/lists", "/v2/fields");
		CocoonmailClient client = this.cocoonmail.clientBuilder().paths(paths).build();
		this.cocoonmail.respond(200, "[]");
		StepVerifier.create(client.listMailingLists()).expectComplete().verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("GET", "/v2/lists", null);
		this.cocoonmail.respondWithResource(201, "contact-response.json");
		StepVerifier.create(client.createContact(Contact.builder().email("bob@example.com").build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		this.cocoonmail.expectRequest("POST", "/v2/contacts", "{ \"email\": \"bob@example.com\" }");
	}

	private void respondWithThreeContactPages() {
		for (int page = 1; page <= 3; page++) {
			this.cocoonmail.respondWithResource(200, "contacts-page-" + page + ".json");
		}
	}

}
