package org.civicatlas.admin.signin;

import org.civicatlas.admin.user.AppUserRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the admin side checks passwords. Spring Security picks up the single
 * {@link AuthenticationProvider} bean for the form login that
 * {@code SecurityConfiguration} sets up.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	/**
	 * bcrypt today, with the algorithm's id stored in each hash so that it can be
	 * upgraded later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(AppUserRepository users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(users));
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

}
