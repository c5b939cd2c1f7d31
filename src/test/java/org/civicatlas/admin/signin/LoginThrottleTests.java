package org.civicatlas.admin.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void fiveFailuresForAUsernameLockItForAMinuteThenTwoThenFour() {
		failTimes("editor", "10.0.0.1", 4);
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isZero();
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("Editor ", "10.0.0.2")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.1")).isZero();
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isZero();
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
		throttle.failed("editor", "10.0.0.1");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void theDelayStopsGrowingAtAnHour() {
		failTimes("editor", "10.0.0.1", 30);
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.1")).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void oneAddressTryingManyUsernamesIsThrottledToo() {
		for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(throttle.waitBeforeNextAttempt("a-new-name", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("a-new-name", "10.0.0.8")).isZero();
	}

	@Test
	void successClearsTheUsernameAndADayForgetsEverything() {
		failTimes("editor", "10.0.0.1", 5);
		throttle.succeeded("editor");
		assertThat(throttle.waitBeforeNextAttempt("editor", "10.0.0.2")).isZero();
		failTimes("other", "10.0.0.3", 25);
		clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(throttle.waitBeforeNextAttempt("other", "10.0.0.3")).isZero();
		throttle.failed("other", "10.0.0.3");
		assertThat(throttle.waitBeforeNextAttempt("other", "10.0.0.3")).isZero();
	}

	private void failTimes(String username, String address, int times) {
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
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
