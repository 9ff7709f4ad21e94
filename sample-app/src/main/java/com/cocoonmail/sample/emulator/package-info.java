/**
 * An in-process stand-in for the Cocoonmail API, so the sample runs without an account.
 */
@NullMarked
package com.cocoonmail.sample.emulator;

import org.jspecify.annotations.NullMarked;
