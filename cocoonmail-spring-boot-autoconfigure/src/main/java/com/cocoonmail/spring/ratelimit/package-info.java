/**
 * One request budget shared by every instance of an application, kept in Redis or a
 * database.
 */
@NullMarked
package com.cocoonmail.spring.ratelimit;

import org.jspecify.annotations.NullMarked;
