package org.civicatlas.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every second whether the embedded server's postmaster is still alive and, when it
 * died, starts it again (issue 12: before, the portal answered 500 until the JVM was
 * restarted). Requests in between fail fast (the pool waits 2 s for a connection) with a
 * 503 page.
 */
final class EmbeddedPostgresWatchdog implements AutoCloseable {

	static final Duration INTERVAL = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	EmbeddedPostgresWatchdog(EmbeddedPostgresServer server) {
		timer.scheduleWithFixedDelay(() -> {
			try {
				server.restartIfDead();
			}
			catch (Exception ex) {
				// its backends may still be exiting and hold shared memory: the next look
				// tries again
				log.warn("Embedded PostgreSQL could not be started again yet: {}", ex.getMessage());
			}
		}, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
