/**
 * Measurements of the Cocoonmail client's pacing and overhead against loopback servers.
 */
@NullMarked
package com.cocoonmail.benchmarks;

import org.jspecify.annotations.NullMarked;
