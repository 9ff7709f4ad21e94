package com.cocoonmail.spring.client.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the builders' collection overloads add the same values as their
 * one-at-a-time adders.
 *
 * @author Cocoonmail Team
 */
class BuilderOverloadsTests {

	@Test
	void contactListsAndTagsAcceptVarargsAndCollections() {
		Contact varargs = Contact.builder().email("ada@example.com").lists("a", "b").tags("x", "y").build();
		Contact collections = Contact.builder()
			.email("ada@example.com")
			.lists(List.of("a", "b"))
			.tags(List.of("x", "y"))
			.build();
		assertThat(varargs).isEqualTo(collections);
		assertThat(varargs.lists()).containsExactly("a", "b");
		assertThat(varargs.tags()).containsExactly("x", "y");
	}

	@Test
	void mailCcAndTagsAcceptVarargsAndCollections() {
		SendMailRequest varargs = SendMailRequest.builder()
			.transactionalId("welcome")
			.to("ada@example.com")
			.cc("a@example.com", "b@example.com")
			.tags("one", "two")
			.build();
		SendMailRequest collections = SendMailRequest.builder()
			.transactionalId("welcome")
			.to("ada@example.com")
			.cc(List.of("a@example.com", "b@example.com"))
			.tags(List.of("one", "two"))
			.build();
		assertThat(varargs).isEqualTo(collections);
		assertThat(varargs.cc()).containsExactly("a@example.com", "b@example.com");
		assertThat(varargs.tags()).containsExactly("one", "two");
	}

	@Test
	void whatsAppTagsAcceptVarargs() {
		SendWhatsAppRequest request = SendWhatsAppRequest.text("+910000000000", "Hello")
			.recipient("+910000000001")
			.tags("one", "two")
			.tag("three")
			.build();
		assertThat(request.tags()).containsExactly("one", "two", "three");
	}

}
