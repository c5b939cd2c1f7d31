package org.civicatlas.admin.user;

import java.security.SecureRandom;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password rule (a minimum length, nothing else to remember) and generated one-time passwords. */
@Component
public class Passwords {

	public static final int MIN_LENGTH = 12;

	// no 0/O, 1/l/I: a generated password is read off a screen or a log and typed
	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GENERATED_LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	private final PasswordEncoder encoder;

	Passwords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	public String generate() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	public String hash(String password) {
		return encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return encoder.matches(password, hash);
	}

	public static boolean acceptable(String password) {
		return password != null && password.length() >= MIN_LENGTH;
	}

}
