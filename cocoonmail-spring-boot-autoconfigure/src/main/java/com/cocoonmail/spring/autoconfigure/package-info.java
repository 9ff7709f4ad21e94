/**
 * Auto-configuration for the Cocoonmail client, its pacing, retries and event bridge.
 */
@NullMarked
package com.cocoonmail.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
