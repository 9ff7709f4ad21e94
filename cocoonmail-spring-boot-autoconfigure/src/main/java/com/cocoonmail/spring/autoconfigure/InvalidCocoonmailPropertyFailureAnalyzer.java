package com.cocoonmail.spring.autoconfigure;

import java.util.List;

import com.cocoonmail.spring.autoconfigure.InvalidCocoonmailPropertyException.Problem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains invalid {@code cocoonmail.*} property values, every one of them.
 *
 * @author Cocoonmail Team
 */
class InvalidCocoonmailPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCocoonmailPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCocoonmailPropertyException cause) {
		List<Problem> problems = cause.getProblems();
		if (problems.size() == 1) {
			Problem problem = problems.get(0);
			return new FailureAnalysis(
					"Invalid value '" + problem.value() + "' for property '" + problem.property() + "': "
							+ problem.requirement() + ".",
					"Update '" + problem.property() + "' in your configuration so that it " + problem.requirement()
							+ ".",
					cause);
		}
		StringBuilder description = new StringBuilder(problems.size() + " Cocoonmail properties have invalid values:");
		StringBuilder action = new StringBuilder("Update these properties in your configuration:");
		for (Problem problem : problems) {
			description.append(String.format("%n%n    Property: %s%n    Value: '%s'%n    Reason: %s",
					problem.property(), problem.value(), problem.requirement()));
			action.append(String.format("%n    - '%s' so that it %s", problem.property(), problem.requirement()));
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
