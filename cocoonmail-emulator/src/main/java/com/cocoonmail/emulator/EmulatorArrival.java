package com.cocoonmail.emulator;

/**
 * One request as it reached the emulator, with what it was answered.
 *
 * @param request the request, with its arrival time
 * @param status the status answered, or {@code 0} when the connection was reset
 * @param body the body answered, empty when the connection was reset
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record EmulatorArrival(EmulatorRequest request, int status, String body) {

}
