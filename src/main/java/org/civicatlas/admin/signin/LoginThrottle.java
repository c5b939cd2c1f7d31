package org.civicatlas.admin.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock another person out.
 * Failed sign-ins are counted per (username, client address): from the
 * {@value #ACCOUNT_LIMIT}th consecutive failure of that pair, its next attempts wait one
 * minute, doubling with each further failure up to an hour, while the same username from
 * another address (the real user) is not held up. Per client address, across usernames,
 * the limit is {@value #ADDRESS_LIMIT}, so that one client cannot spray many usernames. A
 * success clears the pair's count; counts are forgotten a day after their last failure.
 * The counts live in PostgreSQL ({@code sign_in_failure}): every instance of the portal
 * sees them and a restart keeps them. The address is the request's remote address, made
 * the client's own behind a proxy by {@code server.forward-headers-strategy}
 * (docs/deployment.md).
 */
@Component
class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	private static final Duration MAX_DELAY = Duration.ofHours(1);

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private record Failures(int count, Instant last) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How long the next attempt for this username from this address must still wait
	 * (zero: go ahead).
	 */
	Duration waitBeforeNextAttempt(String username, String address) {
		Duration account = remaining(accountKey(username, address), ACCOUNT_LIMIT);
		Duration client = remaining(addressKey(address), ADDRESS_LIMIT);
		return account.compareTo(client) >= 0 ? account : client;
	}

	void failed(String username, String address) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		for (String key : new String[] { accountKey(username, address), addressKey(address) }) {
			// one statement: two instances counting the same key at once both count
			jdbc.sql("""
					insert into sign_in_failure (key, failures, last_failure) values (:key, 1, :now)
					on conflict (key) do update set
					  failures = case when sign_in_failure.last_failure < :forgotten then 1
					                  else sign_in_failure.failures + 1 end,
					  last_failure = :now""")
				.param("key", key)
				.param("now", now)
				.param("forgotten", now.minus(FORGET_AFTER))
				.update();
		}
		jdbc.sql("delete from sign_in_failure where last_failure < :forgotten")
			.param("forgotten", now.minus(FORGET_AFTER))
			.update();
	}

	void succeeded(String username, String address) {
		jdbc.sql("delete from sign_in_failure where key = :key").param("key", accountKey(username, address)).update();
	}

	private Duration remaining(String key, int limit) {
		Instant now = clock.instant();
		Optional<Failures> found = jdbc.sql("select failures, last_failure from sign_in_failure where key = :key")
			.param("key", key)
			.query((rs, n) -> new Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		if (found.isEmpty() || found.get().count() < limit || found.get().last().plus(FORGET_AFTER).isBefore(now)) {
			return Duration.ZERO;
		}
		Failures f = found.get();
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(f.count() - limit, 6));
		Duration wait = Duration.between(now, f.last().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static String accountKey(String username, String address) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return "account:" + name.substring(0, Math.min(name.length(), 200)) + "|" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
