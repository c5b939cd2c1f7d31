package org.civicatlas.admin.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password rule (a minimum length and not a common password, nothing else to
 * remember) and generated one-time passwords.
 */
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

	/**
	 * Long enough, not one character repeated, and not on the list of common passwords.
	 */
	public static boolean acceptable(String password) {
		return problem(password) == null;
	}

	/**
	 * The message code saying what is wrong with a password; null when it is acceptable.
	 */
	public static String problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "admin.password.tooShort";
		}
		String folded = password.toLowerCase(Locale.ROOT);
		if (folded.chars().distinct().count() < 3 || CommonPasswords.LIST.contains(folded)) {
			return "admin.password.common";
		}
		return null;
	}

	/**
	 * Loaded once, on first use: the list shipped in
	 * {@code security/common-passwords.txt}.
	 */
	private static final class CommonPasswords {

		static final Set<String> LIST = load();

		private static Set<String> load() {
			try (InputStream in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
