/**
 * A Cocoonmail stand-in: {@link com.cocoonmail.emulator.InMemoryCocoonmail} answers every
 * endpoint from memory and {@link com.cocoonmail.emulator.CocoonmailEmulator} serves it
 * over HTTP on a loopback port.
 */
@NullMarked
package com.cocoonmail.emulator;

import org.jspecify.annotations.NullMarked;
