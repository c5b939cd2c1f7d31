package org.civicatlas.system;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Public pages are open to everyone; the admin side and the actuator (beyond health) are not. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
			.requestMatchers("/admin/**").hasAnyRole("ADMIN", "EDITOR")
			.anyRequest().permitAll())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

}
