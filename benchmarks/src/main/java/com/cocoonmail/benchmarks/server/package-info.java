/**
 * Loopback Cocoonmail servers that record arrivals and enforce various rate limits.
 */
@NullMarked
package com.cocoonmail.benchmarks.server;

import org.jspecify.annotations.NullMarked;
