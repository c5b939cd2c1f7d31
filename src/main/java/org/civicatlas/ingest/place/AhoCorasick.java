package org.civicatlas.ingest.place;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over a fixed list of keys: one pass over a text reports every
 * occurrence of every key, so matching costs the same whether the dictionary holds ten
 * names or thirty thousand.
 * <p>
 * The trie is frozen into flat arrays because a page can be megabytes long: the root,
 * which sees almost every character, has a direct table over all {@code char} values;
 * deeper nodes have few children, kept sorted for a binary search. Immutable and safe to
 * share between threads.
 */
final class AhoCorasick {

	/**
	 * Receives each occurrence as the key's index in the constructor's list and its
	 * {@code [start, end)}.
	 */
	@FunctionalInterface
	interface Hits {

		void hit(int key, int start, int end);

	}

	private static final int ROOT = 0;

	private static final int NONE = -1;

	private final int[] rootNext = new int[Character.MAX_VALUE + 1];

	private final int[] edgeStart;

	private final char[] edgeChars;

	private final int[] edgeTargets;

	private final int[] fail;

	private final int[] keyAt;

	/**
	 * The nearest node on the failure chain (excluding the node itself) where a key ends.
	 */
	private final int[] outputLink;

	private final int[] depth;

	AhoCorasick(List<String> keys) {
		Trie trie = new Trie(keys);
		int nodes = trie.nodes;
		this.depth = Arrays.copyOf(trie.depth, nodes);
		this.keyAt = Arrays.copyOf(trie.keyAt, nodes);
		this.fail = new int[nodes];
		this.outputLink = new int[nodes];
		// Children were created in ascending order of their character, so grouping the
		// edges by
		// parent (a stable counting sort) leaves each node's run sorted for the binary
		// search.
		int edges = nodes - 1;
		this.edgeStart = new int[nodes + 1];
		this.edgeChars = new char[edges];
		this.edgeTargets = new int[edges];
		for (int e = 0; e < edges; e++) {
			edgeStart[trie.edgeParent[e] + 1]++;
		}
		for (int node = 0; node < nodes; node++) {
			edgeStart[node + 1] += edgeStart[node];
		}
		int[] next = Arrays.copyOf(edgeStart, nodes);
		for (int e = 0; e < edges; e++) {
			int slot = next[trie.edgeParent[e]]++;
			edgeChars[slot] = trie.edgeChar[e];
			edgeTargets[slot] = e + 1;
			if (trie.edgeParent[e] == ROOT) {
				rootNext[trie.edgeChar[e]] = e + 1;
			}
		}
		linkFailures();
	}

	/**
	 * The trie built from the keys in sorted order: each key shares with the previous one
	 * exactly the path of their common prefix, so no per-node map is needed to find where
	 * it branches off. Node {@code n > 0} is the target of edge {@code n - 1}.
	 */
	private static final class Trie {

		int nodes = 1;

		final int[] depth;

		final int[] keyAt;

		final int[] edgeParent;

		final char[] edgeChar;

		Trie(List<String> keys) {
			int capacity = 1 + keys.stream().mapToInt(String::length).sum();
			depth = new int[capacity];
			keyAt = new int[capacity];
			edgeParent = new int[capacity];
			edgeChar = new char[capacity];
			Arrays.fill(keyAt, NONE);
			Map<String, Integer> indexOf = new HashMap<>();
			for (int k = 0; k < keys.size(); k++) {
				if (keys.get(k).isEmpty() || indexOf.put(keys.get(k), k) != null) {
					throw new IllegalArgumentException("Empty or duplicate key \"" + keys.get(k) + "\"");
				}
			}
			String[] sorted = keys.toArray(new String[0]);
			Arrays.sort(sorted);
			int[] path = new int[1 + keys.stream().mapToInt(String::length).max().orElse(0)];
			String previous = "";
			for (String key : sorted) {
				int shared = sharedPrefix(previous, key);
				for (int i = shared; i < key.length(); i++) {
					int node = nodes++;
					depth[node] = i + 1;
					edgeParent[node - 1] = path[i];
					edgeChar[node - 1] = key.charAt(i);
					path[i + 1] = node;
				}
				keyAt[path[key.length()]] = indexOf.get(key);
				previous = key;
			}
		}

		private static int sharedPrefix(String a, String b) {
			int n = Math.min(a.length(), b.length());
			int i = 0;
			while (i < n && a.charAt(i) == b.charAt(i)) {
				i++;
			}
			return i;
		}

	}

	/**
	 * Breadth-first, so every node's failure target (a shallower node) is linked before
	 * it is used.
	 */
	private void linkFailures() {
		fail[ROOT] = ROOT;
		outputLink[ROOT] = NONE;
		// every node enters the queue once, so an array of all nodes is the queue
		int[] queue = new int[fail.length];
		int head = 0;
		int tail = 0;
		queue[tail++] = ROOT;
		while (head < tail) {
			int node = queue[head++];
			for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
				int child = edgeTargets[e];
				int target = (node == ROOT) ? ROOT : follow(fail[node], edgeChars[e]);
				fail[child] = target;
				outputLink[child] = (keyAt[target] != NONE) ? target : outputLink[target];
				queue[tail++] = child;
			}
		}
	}

	/**
	 * The automaton's transition: the longest key prefix that the text read so far ends
	 * with.
	 */
	private int follow(int node, char c) {
		while (true) {
			int next = child(node, c);
			if (next != NONE) {
				return next;
			}
			if (node == ROOT) {
				return ROOT;
			}
			node = fail[node];
		}
	}

	private int child(int node, char c) {
		if (node == ROOT) {
			int next = rootNext[c];
			return (next == 0) ? NONE : next;
		}
		int low = edgeStart[node];
		int high = edgeStart[node + 1] - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			char label = edgeChars[mid];
			if (label < c) {
				low = mid + 1;
			}
			else if (label > c) {
				high = mid - 1;
			}
			else {
				return edgeTargets[mid];
			}
		}
		return NONE;
	}

	/**
	 * Reports every occurrence of every key, overlapping ones included, in order of their
	 * end.
	 */
	void scan(CharSequence text, Hits hits) {
		int node = ROOT;
		for (int i = 0; i < text.length(); i++) {
			node = follow(node, text.charAt(i));
			int out = (keyAt[node] != NONE) ? node : outputLink[node];
			while (out != NONE) {
				hits.hit(keyAt[out], i + 1 - depth[out], i + 1);
				out = outputLink[out];
			}
		}
	}

}
