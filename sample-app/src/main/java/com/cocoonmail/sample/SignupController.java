package com.cocoonmail.sample;

import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailValidationException;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signs users up and publishes {@link UserSignedUp}; the starter stores the event and the
 * welcome mail in its outbox and sends them in the background. A malformed address fails
 * the publisher, which answers 400.
 *
 * @author Cocoonmail Team
 */
@RestController
class SignupController {

	private final ApplicationEventPublisher publisher;

	SignupController(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@PostMapping("/signup")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Map<String, String>> signUp(@RequestBody SignupForm form) {
		if (!StringUtils.hasText(form.email())) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is required"));
		}
		return Mono
			.fromRunnable(() -> this.publisher.publishEvent(new UserSignedUp(form.email(), form.name(), form.plan())))
			.onErrorMap(CocoonmailValidationException.class,
					(ex) -> new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", ex.problems())))
			.thenReturn(Map.of("status", "accepted", "email", form.email()));
	}

	/**
	 * The sign-up form.
	 *
	 * @param email the email
	 * @param name the name
	 * @param plan the plan
	 */
	record SignupForm(String email, String name, String plan) {

	}

}
