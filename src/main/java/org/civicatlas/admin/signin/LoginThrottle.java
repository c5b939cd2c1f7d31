package org.civicatlas.admin.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed sign-ins are counted per username and per client address;
 * from the {@value #USER_LIMIT}th consecutive failure for a username (the {@value #ADDRESS_LIMIT}th
 * from an address, so that one client cannot spray many usernames) further attempts wait one minute,
 * doubling with each further failure up to an hour. A successful sign-in clears the username's
 * count; a count is forgotten a day after its last failure. The counts live in memory: a restart
 * clears them, which costs an attacker a restart they cannot cause.
 */
@Component
class LoginThrottle {

	static final int USER_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	private static final Duration MAX_DELAY = Duration.ofHours(1);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	// beyond this many tracked keys, forgotten ones are swept so that guessed names cannot fill memory
	private static final int SWEEP_ABOVE = 10_000;

	private record Failures(int count, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the next attempt for this username from this address must still wait (zero: go ahead). */
	Duration waitBeforeNextAttempt(String username, String address) {
		Duration user = remaining(userKey(username), USER_LIMIT);
		Duration client = remaining(addressKey(address), ADDRESS_LIMIT);
		return user.compareTo(client) >= 0 ? user : client;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		for (String key : new String[] { userKey(username), addressKey(address) }) {
			failures.merge(key, new Failures(1, now),
					(old, first) -> forgotten(old, now) ? first : new Failures(old.count() + 1, now));
		}
		if (failures.size() > SWEEP_ABOVE) {
			failures.values().removeIf(f -> forgotten(f, now));
		}
	}

	void succeeded(String username) {
		failures.remove(userKey(username));
	}

	private Duration remaining(String key, int limit) {
		Failures f = failures.get(key);
		Instant now = clock.instant();
		if (f == null || f.count() < limit || forgotten(f, now)) {
			return Duration.ZERO;
		}
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(f.count() - limit, 6));
		Duration wait = Duration.between(now, f.last().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static boolean forgotten(Failures f, Instant now) {
		return f.last().plus(FORGET_AFTER).isBefore(now);
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
