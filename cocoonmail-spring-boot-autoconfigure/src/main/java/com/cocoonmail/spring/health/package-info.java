/**
 * Actuator health indicator for Cocoonmail.
 */
@NullMarked
package com.cocoonmail.spring.health;

import org.jspecify.annotations.NullMarked;
