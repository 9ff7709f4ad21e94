/**
 * Sample application for the Cocoonmail Spring Boot starter.
 */
package com.cocoonmail.sample;
