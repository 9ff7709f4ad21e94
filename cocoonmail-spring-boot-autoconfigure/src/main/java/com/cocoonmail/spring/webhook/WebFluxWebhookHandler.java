package com.cocoonmail.spring.webhook;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The WebFlux adapter of {@link CocoonmailWebhookReceiver}: screens the headers, reads
 * the body while counting it (failing on the chunk that crosses the limit, without
 * reading further), then accepts the delivery on a thread that may block, since receipts
 * may be stored with JDBC and listeners run synchronously.
 *
 * @author Cocoonmail Team
 */
final class WebFluxWebhookHandler implements HandlerFunction<ServerResponse> {

	private static final byte[] EMPTY = new byte[0];

	private final CocoonmailWebhookReceiver receiver;

	WebFluxWebhookHandler(CocoonmailWebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		HttpHeaders headers = request.headers().asHttpHeaders();
		WebhookHeaders screened;
		try {
			screened = this.receiver.screen(headers::getFirst, headers.getContentLength());
		}
		catch (WebhookRefusal ex) {
			return answer(ex.answer());
		}
		return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), this.receiver.maxBodySize())
			.map(WebFluxWebhookHandler::bytes)
			.defaultIfEmpty(EMPTY)
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> this.receiver.accept(screened, body))
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(this.receiver.refused(this.receiver.tooLarge())))
			.flatMap(WebFluxWebhookHandler::answer);
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Mono<ServerResponse> answer(WebhookAnswer answer) {
		ServerResponse.BodyBuilder response = ServerResponse.status(answer.status());
		if (!answer.hasMessage()) {
			return response.build();
		}
		return response.contentType(MediaType.TEXT_PLAIN).bodyValue(answer.message());
	}

}
