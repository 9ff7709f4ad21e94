package com.cocoonmail.sample;

import java.util.List;

import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.MailStatus;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the mails the bridge sent and looks up their status at Cocoonmail.
 *
 * @author Cocoonmail Team
 */
@RestController
class MailController {

	private final CocoonmailOperations cocoonmail;

	private final SentMails sentMails;

	MailController(CocoonmailOperations cocoonmail, SentMails sentMails) {
		this.cocoonmail = cocoonmail;
		this.sentMails = sentMails;
	}

	@GetMapping("/mails")
	List<String> messageIds(@RequestParam String email) {
		return this.sentMails.messageIds(email);
	}

	@GetMapping("/mails/{messageId}/status")
	Mono<ResponseEntity<MailStatus>> status(@PathVariable String messageId) {
		return this.cocoonmail.getMailStatus(messageId)
			.map(ResponseEntity::ok)
			.onErrorResume(CocoonmailApiException.class,
					(ex) -> (ex.statusCode() == 404) ? Mono.just(ResponseEntity.notFound().build()) : Mono.error(ex))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

}
