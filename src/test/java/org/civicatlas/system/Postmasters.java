package org.civicatlas.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Crashes a PostgreSQL server the way a power cut or the OOM killer would: SIGKILL, no
 * shutdown.
 */
final class Postmasters {

	private Postmasters() {
	}

	/**
	 * Kills the postmaster of this data directory and every process it started, all with
	 * SIGKILL.
	 */
	static void kill(Path dataDirectory) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		postmaster.onExit().join();
		children.forEach(child -> child.onExit().join());
	}

}
