/**
 * Sample application for the Cocoonmail Spring Boot starter.
 */
@NullMarked
package com.cocoonmail.sample;

import org.jspecify.annotations.NullMarked;
