package com.cocoonmail.spring.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Spring MVC adapter of {@link CocoonmailWebhookReceiver}: screens the headers
 * (including a declared {@code Content-Length} over the limit), then reads at most one
 * byte more than the limit, so that a chunked body that is too large is refused without
 * being read whole.
 *
 * @author Cocoonmail Team
 */
final class WebMvcWebhookHandler implements HandlerFunction<ServerResponse> {

	private final CocoonmailWebhookReceiver receiver;

	WebMvcWebhookHandler(CocoonmailWebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		HttpServletRequest servletRequest = request.servletRequest();
		try {
			WebhookHeaders screened = this.receiver.screen(servletRequest::getHeader,
					servletRequest.getContentLengthLong());
			byte[] body = readAtMostOneOver(servletRequest.getInputStream(), this.receiver.maxBodySize());
			if (body.length > this.receiver.maxBodySize()) {
				return answer(this.receiver.refused(this.receiver.tooLarge()));
			}
			return answer(this.receiver.accept(screened, body));
		}
		catch (WebhookRefusal ex) {
			return answer(ex.answer());
		}
	}

	private static byte[] readAtMostOneOver(InputStream body, int limit) throws IOException {
		return body.readNBytes(limit + 1);
	}

	private static ServerResponse answer(WebhookAnswer answer) {
		ServerResponse.BodyBuilder response = ServerResponse.status(answer.status());
		if (!answer.hasMessage()) {
			return response.build();
		}
		return response.contentType(MediaType.TEXT_PLAIN).body(answer.message());
	}

}
