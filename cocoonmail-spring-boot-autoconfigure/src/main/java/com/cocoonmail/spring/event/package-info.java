/**
 * Public types of the Cocoonmail event bridge: annotations and delivery events.
 */
@NullMarked
package com.cocoonmail.spring.event;

import org.jspecify.annotations.NullMarked;
