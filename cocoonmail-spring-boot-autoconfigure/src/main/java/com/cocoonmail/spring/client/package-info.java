/**
 * Reactive client for the Cocoonmail REST API, usable with or without Spring Boot.
 */
@NullMarked
package com.cocoonmail.spring.client;

import org.jspecify.annotations.NullMarked;
