package org.civicatlas.admin.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules, on its counts in PostgreSQL, with a clock the test moves. */
@PortalTest
class LoginThrottleTests {

	private final MutableClock clock = new MutableClock();

	@Autowired
	JdbcClient jdbc;

	private LoginThrottle throttle() {
		return new LoginThrottle(jdbc, clock);
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from sign_in_failure where key like '%|10.0.0.%' or key like 'address:10.0.0.%'").update();
	}

	@Test
	void fiveFailuresOfAUsernameFromAnAddressLockThatPairForAMinuteThenTwoThenFour() {
		LoginThrottle throttle = throttle();
		failTimes(throttle, "editor", "10.0.0.1", 4);
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isZero();
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("Editor ", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.1")).isZero();
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isZero();
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(4));
	}

	/**
	 * Issue 12, item 4: wrong passwords for admin from anywhere locked the real admin
	 * out.
	 */
	@Test
	void failuresFromElsewhereDoNotLockTheRealUserOut() {
		LoginThrottle throttle = throttle();
		failTimes(throttle, "admin", "10.0.0.66", 19);
		assertThat(throttle.waitBeforeNextAttempt("admin", "10.0.0.66")).isPositive();
		assertThat(throttle.waitBeforeNextAttempt("admin", "10.0.0.1")).isZero();
	}

	@Test
	void theDelayStopsGrowingAtAnHour() {
		LoginThrottle throttle = throttle();
		failTimes(throttle, "editor", "10.0.0.1", 19);
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void oneAddressTryingManyUsernamesIsThrottledToo() {
		LoginThrottle throttle = throttle();
		for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(throttle.waitBeforeNextAttempt("a-new-name", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("a-new-name", "10.0.0.8")).isZero();
	}

	@Test
	void successClearsThePairAndADayForgetsEverything() {
		LoginThrottle throttle = throttle();
		failTimes(throttle, "editor", "10.0.0.1", 5);
		throttle.succeeded("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isZero();
		failTimes(throttle, "other", "10.0.0.3", 25);
		clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("other", "10.0.0.3")).isZero();
		throttle.failed("other", "10.0.0.3");
		assertThat(throttle.waitBeforeNextAttempt("other", "10.0.0.3")).isZero();
	}

	/**
	 * Another instance of the portal, or this one after a restart, sees the same counts.
	 */
	@Test
	void theCountsAreSharedThroughTheDatabase() {
		failTimes(throttle(), "editor", "10.0.0.5", 5);
		assertThat(throttle().waitBeforeNextAttempt("editor", "10.0.0.5")).isEqualTo(Duration.ofMinutes(1));
	}

	private static void failTimes(LoginThrottle throttle, String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
