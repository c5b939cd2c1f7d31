package org.civicatlas.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the public pages count and list, kept until the data changes: each value belongs
 * to the {@link DataVersion} it was read at, and the first request that sees a newer
 * version starts an empty generation. Requests that want the same value while it is being
 * read wait for that one reading instead of starting their own (a page that takes seconds
 * to count would otherwise be counted by every request that arrives meanwhile). Keys are
 * records or lists of what the value depends on (the reader, its arguments, the locale
 * when it matters); the number of values is bounded, a full generation starts again
 * empty.
 */
@Component
public class PublicCache {

	static final int MAX_ENTRIES = 5_000;

	private record Generation(long version, Map<Object, FutureTask<Object>> values) {
	}

	private final DataVersion versions;

	// off only to measure what a request costs right after a write (docs/performance.md)
	private final boolean enabled;

	private volatile Generation generation = new Generation(Long.MIN_VALUE, new ConcurrentHashMap<>());

	PublicCache(DataVersion versions, @Value("${atlas.public-cache.enabled:true}") boolean enabled) {
		this.versions = versions;
		this.enabled = enabled;
	}

	/**
	 * The value for this key at the current data version, read with {@code loader} if not
	 * known yet.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> loader) {
		if (!enabled) {
			return loader.get();
		}
		long version = versions.current().version();
		Generation current = generationFor(version);
		if (current == null) {
			// this request saw an older version than another one already did: its reading
			// is not to be kept
			return loader.get();
		}
		FutureTask<Object> task = new FutureTask<>(loader::get);
		FutureTask<Object> known = current.values().putIfAbsent(key, task);
		if (known == null) {
			task.run();
			known = task;
		}
		try {
			return (T) known.get();
		}
		catch (ExecutionException ex) {
			// a failed reading (a bad request, a missing record) is not kept: the next
			// request tries again
			current.values().remove(key, known);
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Forgets every value (tests measure a page's statements on an empty cache). */
	public void clear() {
		generation = new Generation(generation.version(), new ConcurrentHashMap<>());
	}

	private synchronized Generation generationFor(long version) {
		Generation current = generation;
		if (version > current.version() || current.values().size() >= MAX_ENTRIES) {
			current = new Generation(Math.max(version, current.version()), new ConcurrentHashMap<>());
			generation = current;
		}
		return version == current.version() ? current : null;
	}

}
