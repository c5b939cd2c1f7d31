package org.civicatlas.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the public pages count and list, kept until the data changes: each value belongs
 * to the {@link DataVersion} it was read at, and the first request that sees a newer
 * version starts an empty generation. Requests that want the same value while it is being
 * read wait for that one reading instead of starting their own (a page that takes seconds
 * to count would otherwise be counted by every request that arrives meanwhile). Keys are
 * records or lists of what the value depends on (the reader, its arguments, the locale
 * when it matters); the number of values and the bytes of the rendered pages kept
 * ({@link RenderedPages}) are bounded, a full generation starts again empty.
 */
@Component
public class PublicCache {

	static final int MAX_ENTRIES = 5_000;

	// rendered pages are 10-300 KB: a crawler walking every program page must not fill
	// the heap
	static final long MAX_BYTES = 64L << 20;

	private record Generation(long version, Map<Object, FutureTask<Object>> values, AtomicLong bytes) {

		Generation(long version) {
			this(version, new ConcurrentHashMap<>(), new AtomicLong());
		}

		boolean full() {
			return values.size() >= MAX_ENTRIES || bytes.get() >= MAX_BYTES;
		}

	}

	private final DataVersion versions;

	// off only to measure what a request costs right after a write (docs/performance.md)
	private final boolean enabled;

	private volatile Generation generation = new Generation(Long.MIN_VALUE);

	PublicCache(DataVersion versions, @Value("${atlas.public-cache.enabled:true}") boolean enabled) {
		this.versions = versions;
		this.enabled = enabled;
	}

	/**
	 * The value for this key at the current data version, read with {@code loader} if not
	 * known yet.
	 */
	public <T> T get(Object key, Supplier<T> loader) {
		return get(key, loader, value -> 0);
	}

	/**
	 * As {@link #get(Object, Supplier)}, for values whose size counts against the bound:
	 * {@code bytes} gives a value's size, or a negative number for a value that is not to
	 * be kept (it still answers the requests that waited for it).
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> loader, ToLongFunction<T> bytes) {
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
		boolean read = known == null;
		if (read) {
			task.run();
			known = task;
		}
		try {
			T value = (T) known.get();
			if (read) {
				keep(current, key, task, bytes.applyAsLong(value));
			}
			return value;
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
		generation = new Generation(generation.version());
	}

	private static void keep(Generation current, Object key, FutureTask<Object> task, long size) {
		if (size < 0) {
			current.values().remove(key, task);
		}
		else {
			current.bytes().addAndGet(size);
		}
	}

	private synchronized Generation generationFor(long version) {
		Generation current = generation;
		if (version > current.version() || current.full()) {
			current = new Generation(Math.max(version, current.version()));
			generation = current;
		}
		return version == current.version() ? current : null;
	}

}
