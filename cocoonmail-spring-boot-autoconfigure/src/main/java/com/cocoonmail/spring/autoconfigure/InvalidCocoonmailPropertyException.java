package com.cocoonmail.spring.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/**
 * One or more {@code cocoonmail.*} properties have values the starter cannot work with.
 * The accessors describe the first; {@link #getProblems()} lists every one, so that a
 * start-up reports all bad values at once.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class InvalidCocoonmailPropertyException extends IllegalStateException {

	private final List<Problem> problems;

	/**
	 * Create an exception.
	 * @param property the property name, for example
	 * {@code cocoonmail.rate-limit.requests-per-second}
	 * @param value the offending value
	 * @param requirement what the value must be
	 */
	public InvalidCocoonmailPropertyException(String property, Object value, String requirement) {
		this(List.of(new Problem(property, String.valueOf(value), requirement)));
	}

	/**
	 * Create an exception for several problems.
	 * @param problems the problems, at least one
	 * @since 0.2.0
	 */
	public InvalidCocoonmailPropertyException(List<Problem> problems) {
		super(message(problems));
		this.problems = List.copyOf(problems);
	}

	private static String message(List<Problem> problems) {
		Assert.notEmpty(problems, "'problems' must not be empty");
		return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
	}

	/**
	 * Return the name of the first invalid property.
	 * @return the property
	 */
	public String getProperty() {
		return this.problems.get(0).property();
	}

	/**
	 * Return the first offending value.
	 * @return the value
	 */
	public String getValue() {
		return this.problems.get(0).value();
	}

	/**
	 * Return what the first value must be.
	 * @return the requirement
	 */
	public String getRequirement() {
		return this.problems.get(0).requirement();
	}

	/**
	 * Return every invalid property, in the order they were found.
	 * @return the problems
	 * @since 0.2.0
	 */
	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * One invalid property.
	 *
	 * @param property the property name
	 * @param value the offending value, as it may be shown (a secret is masked)
	 * @param requirement what the value must be
	 * @since 0.2.0
	 */
	public record Problem(String property, String value, String requirement) {

		@Override
		public String toString() {
			return "Invalid value '" + this.value + "' for " + this.property + ": " + this.requirement;
		}

	}

}
