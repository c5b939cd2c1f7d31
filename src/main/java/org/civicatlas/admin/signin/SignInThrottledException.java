package org.civicatlas.admin.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because of too many recent failures.
 */
class SignInThrottledException extends AuthenticationException {

	private final long minutes;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins; wait " + wait);
		// round up: "try again in 0 minutes" would be wrong
		this.minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	long getMinutes() {
		return minutes;
	}

}
