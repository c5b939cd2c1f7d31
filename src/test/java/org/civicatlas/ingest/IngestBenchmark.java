package org.civicatlas.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.civicatlas.ingest.text.Corrections;

/**
 * Times the pipeline (no database): the five seed pages, then 1,000 synthetic pages made
 * from them (their paragraphs shuffled and their figures changed, so no two pages are
 * alike). A benchmark, not a test; run it as docs/ingest.md says.
 */
public final class IngestBenchmark {

	private IngestBenchmark() {
	}

	public static void main(String[] args) {
		int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		long loading = System.nanoTime();
		IngestPipeline pipeline = new IngestPipeline();
		System.out.printf("pipeline ready (gazetteer, corpus) in %d ms%n", millis(loading));

		List<String> files = SeedPages.files();
		for (int round = 1; round <= 3; round++) {
			long started = System.nanoTime();
			int articles = 0;
			for (String file : files) {
				articles += SeedPages.ingest(pipeline, file).articles().size();
			}
			System.out.printf("five seed pages, round %d: %d articles in %d ms%n", round, articles, millis(started));
		}

		List<byte[]> pages = syntheticPages(files, synthetic);
		long bytes = pages.stream().mapToLong(p -> p.length).sum();
		// CPU time of this thread as well: the machine is shared, and wall time then
		// measures the others
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		int articles = 0;
		int metrics = 0;
		for (byte[] page : pages) {
			PageModel model = pipeline.ingest("synthetic.txt", page, Corrections.NONE);
			articles += model.articles().size();
			metrics += model.articles().stream().mapToInt(a -> a.metrics().size()).sum();
		}
		long elapsed = millis(started);
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
		System.out.printf(
				"%d synthetic pages (%.1f MB): %d articles, %d metrics in %d ms (%.1f ms a page, CPU %.1f ms a page)%n",
				pages.size(), bytes / 1e6, articles, metrics, elapsed, (double) elapsed / pages.size(),
				cpu / pages.size());
	}

	private static List<byte[]> syntheticPages(List<String> files, int count) {
		Random random = new Random(2023);
		List<byte[]> pages = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String seed = new String(SeedPages.bytes(files.get(i % files.size())), StandardCharsets.UTF_8);
			List<String> blocks = new ArrayList<>(Arrays.asList(seed.split("\n\n")));
			// keep the first block (usually a headline) in place, shuffle some of the
			// rest
			for (int s = 0; s < blocks.size() / 4; s++) {
				int a = 1 + random.nextInt(blocks.size() - 1);
				int b = 1 + random.nextInt(blocks.size() - 1);
				String t = blocks.get(a);
				blocks.set(a, blocks.get(b));
				blocks.set(b, t);
			}
			String text = String.join("\n\n", blocks).replaceAll("\\d", String.valueOf(random.nextInt(10)));
			pages.add(text.getBytes(StandardCharsets.UTF_8));
		}
		return pages;
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

}
