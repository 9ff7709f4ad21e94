package com.cocoonmail.spring.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the transactional mails sent, each step narrowing them down: a failure
 * says which mails were sent instead.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class SentMailsAssert extends AbstractAssert<SentMailsAssert, List<SendMailRequest>> {

	SentMailsAssert(List<SendMailRequest> mails) {
		super(mails, SentMailsAssert.class);
	}

	SentMailsAssert isNotEmptyWith(String expectation) {
		if (this.actual.isEmpty()) {
			failWithMessage("Expected %s, but none was sent", expectation);
		}
		return this;
	}

	/**
	 * Narrow down to the mails with this {@code transactional_id}.
	 * @param transactionalId the transactional id
	 * @return assertions on those mails
	 */
	public SentMailsAssert withTransactionalId(String transactionalId) {
		return narrow((mail) -> transactionalId.equals(mail.transactionalId()),
				"a mail with transactional_id <" + transactionalId + ">");
	}

	/**
	 * Narrow down to the mails sent to this address ({@code to} or {@code cc}, ignoring
	 * case).
	 * @param email the address
	 * @return assertions on those mails
	 */
	public SentMailsAssert to(String email) {
		return narrow((mail) -> recipients(mail).contains(email.toLowerCase(Locale.ROOT)), "a mail to <" + email + ">");
	}

	/**
	 * Narrow down to the mails whose {@code custom_parameter} has this value.
	 * @param name the parameter name
	 * @param value the value
	 * @return assertions on those mails
	 */
	public SentMailsAssert withParameter(String name, Object value) {
		return narrow(
				(mail) -> mail.customParameter() != null && Objects.equals(mail.customParameter().get(name), value),
				"a mail with custom_parameter " + name + "=<" + value + ">");
	}

	/**
	 * Assert how many of the mails narrowed down to were sent.
	 * @param count the expected number
	 * @return this
	 */
	public SentMailsAssert times(int count) {
		if (this.actual.size() != count) {
			failWithMessage("Expected %s such mail(s), but %s were sent: %s", count, this.actual.size(),
					describe(this.actual));
		}
		return this;
	}

	/**
	 * Return the only mail narrowed down to, for further assertions.
	 * @return the mail
	 */
	public SendMailRequest single() {
		times(1);
		return this.actual.get(0);
	}

	private SentMailsAssert narrow(Predicate<SendMailRequest> condition, String expectation) {
		List<SendMailRequest> matching = this.actual.stream().filter(condition).toList();
		if (matching.isEmpty()) {
			failWithMessage("Expected %s, but the mails sent were %s", expectation, describe(this.actual));
		}
		return new SentMailsAssert(matching);
	}

	private static List<String> recipients(SendMailRequest mail) {
		List<String> to = (mail.to() != null) ? mail.to().stream().map(Recipient::email).toList() : List.of();
		List<String> cc = (mail.cc() != null) ? mail.cc() : List.of();
		return java.util.stream.Stream.concat(to.stream(), cc.stream())
			.filter(Objects::nonNull)
			.map((address) -> address.toLowerCase(Locale.ROOT))
			.toList();
	}

	static List<String> describe(List<SendMailRequest> mails) {
		return mails.stream().map((mail) -> {
			String content = (mail.transactionalId() != null) ? "transactional_id=" + mail.transactionalId()
					: (mail.templateUuid() != null) ? "template_uuid=" + mail.templateUuid() : "email_content";
			Map<String, Object> parameters = (mail.customParameter() != null) ? mail.customParameter() : Map.of();
			return content + " to " + recipients(mail) + (parameters.isEmpty() ? "" : " with " + parameters);
		}).toList();
	}

}
