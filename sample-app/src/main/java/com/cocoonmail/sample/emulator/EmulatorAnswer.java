package com.cocoonmail.sample.emulator;

/**
 * An answer of the emulator.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @author Cocoonmail Team
 */
record EmulatorAnswer(int status, Object body) {

}
