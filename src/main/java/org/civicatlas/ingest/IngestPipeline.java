package org.civicatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.ingest.metric.MetricExtractor;
import org.civicatlas.ingest.place.GazetteerIndex;
import org.civicatlas.ingest.place.PlaceMatcher;
import org.civicatlas.ingest.program.FigurePrograms;
import org.civicatlas.ingest.program.ProgramExtractor;
import org.civicatlas.ingest.text.ArticleAssembler;
import org.civicatlas.ingest.text.ArticleLayout;
import org.civicatlas.ingest.text.CleanArticle;
import org.civicatlas.ingest.text.Continuity;
import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.ingest.text.LineClassifier;
import org.civicatlas.ingest.text.LineKind;
import org.civicatlas.ingest.text.LineRef;
import org.civicatlas.ingest.text.PageDecoder;
import org.civicatlas.ingest.text.PageLines;
import org.civicatlas.ingest.text.Paragraph;
import org.civicatlas.ingest.text.Segmenter;

import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Turns one newspaper page into articles, places, programs and metrics. It is pure: text
 * in, a {@link PageModel} out, no database, so that Flyway can run it before JPA is up
 * and the upload path can run it inside the application's own transaction;
 * {@link PageWriter} stores the result.
 *
 * <p>
 * Stages: decode the bytes; split the page into lines; classify each line (headline,
 * byline, caption, body, noise); lay the lines out into articles (editorial corrections
 * first, heuristics for the rest); clean each article's text; recognise its places; find
 * the programs of the page; extract each paragraph's figures and tie them to the program
 * they describe ({@link FigurePrograms}).
 */
@Component
@Lazy // the running portal ingests through CurrentPipeline: built on first use, not at
		// start
public class IngestPipeline {

	private final PlaceMatcher places;

	private final Continuity continuity;

	private final MetricExtractor metrics = new MetricExtractor();

	/**
	 * Built once: it reads the taxonomy, which would otherwise be read again for every
	 * page.
	 */
	private final ProgramExtractor programExtractor;

	public IngestPipeline() {
		this(GazetteerIndex.load(), seedCorpus());
	}

	IngestPipeline(GazetteerIndex gazetteer, List<String> corpus) {
		this.places = new PlaceMatcher(gazetteer);
		this.continuity = new Continuity(corpus);
		this.programExtractor = new ProgramExtractor(places::match);
	}

	public PageModel ingest(String fileName, byte[] content, Corrections corrections) {
		String text = PageDecoder.decode(content);
		PageLines page = PageLines.of(text, corrections.splits());
		Map<LineRef, LineKind> kinds = LineClassifier.classify(page, continuity);
		Segmenter.Result layout = Segmenter.segment(page, kinds, corrections, continuity);
		if (layout.articles().isEmpty()) {
			throw new IngestException("ingest.error.noArticles",
					"No article was found on the page: it has no headline (a short line without punctuation).");
		}
		List<CleanArticle> clean = new ArrayList<>();
		List<ArticleText> texts = new ArrayList<>();
		for (ArticleLayout article : layout.articles()) {
			CleanArticle cleaned = ArticleAssembler.assemble(article, page, kinds);
			PlaceMatch where = places.match(cleaned.headline(), cleaned.body());
			clean.add(cleaned);
			texts.add(new ArticleText(texts.size(), cleaned.headline(),
					cleaned.paragraphs().stream().map(Paragraph::text).toList(), where));
		}
		List<ProgramModel> programs = programExtractor.extract(texts);
		List<ArticleModel> articles = new ArrayList<>();
		for (int i = 0; i < clean.size(); i++) {
			articles.add(article(i, clean.get(i), texts.get(i).places(), programs,
					placed(layout.articles().get(i), clean.get(i), kinds)));
		}
		List<Integer> leftOver = layout.unassigned().stream().map(LineRef::line).distinct().toList();
		return new PageModel(fileName, sha256(content), text, page.lineCount(), articles, programs, leftOver);
	}

	/**
	 * One article made again from lines an editor chose, by the same stages as a page
	 * (assembly, places, programs, figures): the roles of its lines stand in for the line
	 * classifier's kinds.
	 * @param lines the article's lines in reading order; the headline lines come first
	 * @return the article, and the programs it describes (its {@code programs} index into
	 * them)
	 */
	public Derived derive(String rawText, List<PlacedLine> lines) {
		PageLines page = PageLines.of(rawText, Map.of());
		Map<LineRef, LineKind> kinds = new HashMap<>();
		List<LineRef> text = new ArrayList<>();
		List<LineRef> captions = new ArrayList<>();
		int headlineLines = 0;
		for (PlacedLine line : lines) {
			LineRef ref = LineRef.of(line.line());
			if (!page.contains(ref) || kinds.containsKey(ref)) {
				continue;
			}
			switch (line.role()) {
				case HEADLINE -> {
					text.add(headlineLines++, ref);
					kinds.put(ref, LineKind.HEADLINE);
				}
				case SUBHEAD -> {
					text.add(ref);
					kinds.put(ref, LineKind.HEADLINE);
				}
				case BYLINE -> {
					text.add(ref);
					kinds.put(ref, LineKind.BYLINE);
				}
				case CAPTION -> {
					captions.add(ref);
					kinds.put(ref, LineKind.CAPTION);
				}
				case BODY -> {
					text.add(ref);
					kinds.put(ref, LineKind.BODY);
				}
				default -> {
					// duplicates and lines outside articles are no part of its text
				}
			}
		}
		if (text.isEmpty()) {
			throw new IllegalArgumentException("An article needs at least one line of text");
		}
		ArticleLayout layout = new ArticleLayout(text, Math.max(1, headlineLines), captions, Set.of(), false, false);
		CleanArticle cleaned = ArticleAssembler.assemble(layout, page, kinds);
		PlaceMatch where = places.match(cleaned.headline(), cleaned.body());
		List<ProgramModel> programs = programExtractor.extract(List.of(new ArticleText(0, cleaned.headline(),
				cleaned.paragraphs().stream().map(Paragraph::text).toList(), where)));
		return new Derived(article(0, cleaned, where, programs, placed(layout, cleaned, kinds)), programs);
	}

	/** An article made again from its lines, and the programs it describes. */
	public record Derived(ArticleModel article, List<ProgramModel> programs) {
	}

	/**
	 * The article's lines with their roles: what it was built from, its captions and its
	 * dropped repeats.
	 */
	private static List<PlacedLine> placed(ArticleLayout layout, CleanArticle clean, Map<LineRef, LineKind> kinds) {
		Map<Integer, LineRole> roles = new LinkedHashMap<>();
		Set<Integer> built = new HashSet<>(clean.sourceLines());
		List<LineRef> lines = layout.lines();
		int headlineLines = Math.min(layout.headlineLines(), lines.size());
		for (int i = 0; i < lines.size(); i++) {
			int line = lines.get(i).line();
			LineRole role;
			if (!built.contains(line)) {
				role = LineRole.DUPLICATE;
			}
			else if (i < headlineLines) {
				role = LineRole.HEADLINE;
			}
			else if (i == headlineLines && clean.subhead() != null) {
				role = LineRole.SUBHEAD;
			}
			else {
				role = kinds.get(lines.get(i)) == LineKind.BYLINE ? LineRole.BYLINE : LineRole.BODY;
			}
			roles.putIfAbsent(line, role);
		}
		layout.captions().forEach(ref -> roles.putIfAbsent(ref.line(), LineRole.CAPTION));
		layout.duplicates().stream().sorted().forEach(ref -> roles.putIfAbsent(ref.line(), LineRole.DUPLICATE));
		return roles.entrySet().stream().map(e -> new PlacedLine(e.getKey(), e.getValue())).toList();
	}

	private ArticleModel article(int position, CleanArticle clean, PlaceMatch where, List<ProgramModel> programs,
			List<PlacedLine> placed) {
		List<Integer> own = new ArrayList<>();
		for (int p = 0; p < programs.size(); p++) {
			if (programs.get(p).articles().contains(position)) {
				own.add(p);
			}
		}
		List<MetricModel> figures = new ArrayList<>();
		List<String> paragraphs = clean.paragraphs().stream().map(Paragraph::text).toList();
		FigurePrograms ties = new FigurePrograms(clean.headline(), paragraphs,
				own.stream().map(programs::get).toList());
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = clean.paragraphs().get(p);
			for (MetricModel metric : metrics.extract(paragraph.text(), paragraph::lineAt)) {
				figures.add(metric.withProgram(ties.programOf(p, metric.quote())));
			}
		}
		return new ArticleModel(clean.headline(), clean.subhead(), clean.bylines(), paragraphs, clean.captions(),
				clean.sourceLines(), clean.incomplete(), clean.corrected(), where, own, figures, placed);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The seed pages as a corpus: how this newspaper writes, for telling true line
	 * breaks.
	 */
	static List<String> seedCorpus() {
		List<String> corpus = new ArrayList<>();
		try {
			for (Resource seed : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt")) {
				try (InputStream in = seed.getInputStream()) {
					corpus.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The seed pages are missing from the classpath", ex);
		}
		return corpus;
	}

}
