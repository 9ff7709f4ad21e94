/**
 * A lean loopback server for the benchmarks that records arrivals; it enforces the
 * emulator's {@link com.cocoonmail.emulator.EmulatorRateLimit} policies.
 */
@NullMarked
package com.cocoonmail.benchmarks.server;

import org.jspecify.annotations.NullMarked;
