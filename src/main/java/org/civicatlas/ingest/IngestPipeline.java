package org.civicatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Turns one newspaper page into articles, places, programs and metrics. It is pure: text in, a
 * {@link PageModel} out, no database, so that Flyway can run it before JPA is up and the upload
 * path can run it inside the application's own transaction; {@link PageWriter} stores the result.
 *
 * <p>Stages: decode the bytes; split the page into lines; classify each line (headline, byline,
 * caption, body, noise); lay the lines out into articles (editorial corrections first, heuristics
 * for the rest); clean each article's text; recognise its places; find the programs of the page;
 * extract each paragraph's figures and tie them to the program they describe ({@link FigurePrograms}).
 */
@Component
public class IngestPipeline {

	private final PlaceMatcher places;

	private final Continuity continuity;

	private final MetricExtractor metrics = new MetricExtractor();

	/** Built once: it reads the taxonomy, which would otherwise be read again for every page. */
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
			PlaceMatch where = places.match(cleaned.headline() + "\n" + cleaned.body());
			clean.add(cleaned);
			texts.add(new ArticleText(texts.size(), cleaned.headline(),
					cleaned.paragraphs().stream().map(Paragraph::text).toList(), where));
		}
		List<ProgramModel> programs = programExtractor.extract(texts);
		List<ArticleModel> articles = new ArrayList<>();
		for (int i = 0; i < clean.size(); i++) {
			articles.add(article(i, clean.get(i), texts.get(i).places(), programs));
		}
		List<Integer> leftOver = layout.unassigned().stream().map(LineRef::line).distinct().toList();
		return new PageModel(fileName, sha256(content), text, page.lineCount(), articles, programs, leftOver);
	}

	private ArticleModel article(int position, CleanArticle clean, PlaceMatch where, List<ProgramModel> programs) {
		List<Integer> own = new ArrayList<>();
		for (int p = 0; p < programs.size(); p++) {
			if (programs.get(p).articles().contains(position)) {
				own.add(p);
			}
		}
		List<MetricModel> figures = new ArrayList<>();
		List<String> paragraphs = clean.paragraphs().stream().map(Paragraph::text).toList();
		FigurePrograms ties = new FigurePrograms(paragraphs, own.stream().map(programs::get).toList());
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = clean.paragraphs().get(p);
			for (MetricModel metric : metrics.extract(paragraph.text(), paragraph::lineAt)) {
				figures.add(metric.withProgram(ties.programOf(p, metric.quote())));
			}
		}
		return new ArticleModel(clean.headline(), clean.subhead(), clean.bylines(), paragraphs, clean.captions(),
				clean.sourceLines(), clean.incomplete(), clean.corrected(), where, own, figures);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The seed pages as a corpus: how this newspaper writes, for telling true line breaks. */
	private static List<String> seedCorpus() {
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
