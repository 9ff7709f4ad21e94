/**
 * Request and response records of the Cocoonmail REST API.
 */
@NullMarked
package com.cocoonmail.spring.client.model;

import org.jspecify.annotations.NullMarked;
