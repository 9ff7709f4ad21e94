package com.cocoonmail.spring.client;

import java.util.List;

/**
 * Invalid input found before any request was sent. {@link #problems()} lists every
 * problem, each starting with the name of the field at fault.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailValidationException extends CocoonmailException {

	private final List<String> problems;

	/**
	 * Create an exception for the given problems.
	 * @param subject what was validated, for example {@code SendMailRequest}
	 * @param problems every problem found
	 */
	public CocoonmailValidationException(String subject, List<String> problems) {
		super("Invalid " + subject + ": " + String.join("; ", problems), null, false);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Return every problem found, each naming its field, for example
	 * {@code "sender: 'bob' is not a well-formed email address"}.
	 * @return the problems
	 */
	public List<String> problems() {
		return this.problems;
	}

}
