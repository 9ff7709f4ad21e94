package com.cocoonmail.spring.autoconfigure;

import org.springframework.context.annotation.Configuration;

/**
 * Serves the sends HTTP API.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
class SendsApiConfiguration {

}
