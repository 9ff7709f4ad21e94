package com.cocoonmail.spring.client;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * The Micrometer observation of one call, retries included: started on subscription,
 * stopped with the outcome and the status of the last response.
 *
 * @author Cocoonmail Team
 */
final class CallObservation {

	private static final CallObservation NONE = new CallObservation(Observation.NOOP);

	private final Observation observation;

	private volatile int lastStatus;

	private CallObservation(Observation observation) {
		this.observation = observation;
	}

	static CallObservation of(CocoonmailEndpoint endpoint, ObservationRegistry registry) {
		if (registry.isNoop()) {
			return NONE;
		}
		return new CallObservation(Observation.createNotStarted(CocoonmailRequestChain.OBSERVATION_NAME, registry)
			.contextualName("cocoonmail " + endpoint.operation())
			.lowCardinalityKeyValue("operation", endpoint.operation())
			.lowCardinalityKeyValue("method", endpoint.method().name()));
	}

	void status(int status) {
		if (this != NONE) {
			this.lastStatus = status;
		}
	}

	<T> Mono<T> observe(Mono<T> call) {
		if (this == NONE) {
			return call;
		}
		return call.doOnSubscribe((subscription) -> this.observation.start())
			.doOnError(this.observation::error)
			.doFinally((signal) -> this.observation.lowCardinalityKeyValue("outcome", outcome(signal))
				.lowCardinalityKeyValue("status", (this.lastStatus != 0) ? String.valueOf(this.lastStatus) : "NONE")
				.stop());
	}

	private static String outcome(SignalType signal) {
		return switch (signal) {
			case ON_ERROR -> "FAILURE";
			case CANCEL -> "CANCELLED";
			default -> "SUCCESS";
		};
	}

}
