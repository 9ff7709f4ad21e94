/**
 * Real PostgreSQL and Redis servers for the project's own tests, started by the build
 * itself from binaries shipped in Maven Central artifacts (no Docker, nothing installed).
 */
@NullMarked
package com.cocoonmail.testservers;

import org.jspecify.annotations.NullMarked;
