package org.civicatlas.ingest.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.civicatlas.ingest.ArticleModel;
import org.civicatlas.ingest.CurrentPipeline;
import org.civicatlas.ingest.IngestPipeline;
import org.civicatlas.ingest.MetricModel;
import org.civicatlas.ingest.PageWriter;
import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.PlacedLine;
import org.civicatlas.ingest.ProgramIds;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a draft again from its new lines with the pipeline's stages
 * ({@link IngestPipeline#derive}) and stores it, keeping what an editor corrected by
 * hand. A field, the places, a program link or a figure counts as the editor's when it
 * differs from what the pipeline makes of the draft's <em>old</em> lines: the pipeline is
 * deterministic, so anything else is its own output and is replaced by what it makes of
 * the new lines.
 */
@Component
class DraftDeriver {

	private static final int HEADLINE_MAX = 300;

	/** The upload's pipeline, so that a draft is made again as its page was read. */
	private final CurrentPipeline pipeline;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DraftDeriver(CurrentPipeline pipeline, DataSource dataSource, JdbcClient jdbc) {
		this.pipeline = pipeline;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Stores a new draft made of the lines and returns its id. */
	long create(long pageId, String rawText, List<PlacedLine> lines) {
		IngestPipeline.Derived derived = derive(rawText, lines);
		long id = jdbc.sql("""
				insert into article (source_page_id, position, headline, body, status)
				values (:page, (select coalesce(max(position) + 1, 0) from article where source_page_id = :page),
				        :headline, '', 'DRAFT') returning id""")
			.param("page", pageId)
			.param("headline", derived.article().headline())
			.query(Long.class)
			.single();
		store(id, null, derived);
		return id;
	}

	/** Makes the draft again from its new lines. */
	void update(long articleId, String rawText, List<PlacedLine> before, List<PlacedLine> after) {
		IngestPipeline.Derived old = before.isEmpty() ? null : pipeline.get().derive(rawText, before);
		store(articleId, old, derive(rawText, after));
	}

	private IngestPipeline.Derived derive(String rawText, List<PlacedLine> lines) {
		IngestPipeline.Derived derived = pipeline.get().derive(rawText, lines);
		String headline = derived.article().headline();
		if (headline == null || headline.isBlank()) {
			throw new SegmentationException("lines", "ingest.lines.error.noHeadline");
		}
		if (headline.length() > HEADLINE_MAX) {
			throw new SegmentationException("lines", "ingest.lines.error.headlineTooLong", HEADLINE_MAX);
		}
		return derived;
	}

	private void store(long articleId, IngestPipeline.Derived old, IngestPipeline.Derived derived) {
		ArticleModel now = derived.article();
		ArticleModel was = old == null ? null : old.article();
		Stored current = jdbc.sql("""
				select headline, subhead, array_to_string(bylines, '|') as bylines, body,
				       array_to_string(captions, '|') as captions, city_code, district_code,
				       array(select township_code from article_township where article_id = a.id order by 1) as townships
				  from article a where id = :id""")
			.param("id", articleId)
			.query((rs, n) -> new Stored(rs.getString("headline"), rs.getString("subhead"), rs.getString("bylines"),
					rs.getString("body"), rs.getString("captions"), rs.getString("city_code"),
					rs.getString("district_code"), SqlArrays.strings(rs.getArray("townships"))))
			.single();
		jdbc.sql("""
				update article set headline = :headline, subhead = :subhead, bylines = :bylines, body = :body,
				       captions = :captions, source_lines = :lines, incomplete = :incomplete,
				       version = version + 1, updated_at = now()
				 where id = :id""")
			.param("headline", keep(current.headline(), was == null ? null : was.headline(), now.headline()))
			.param("subhead", keep(current.subhead(), was == null ? null : was.subhead(), now.subhead()))
			.param("bylines", keepList(current.bylines(), was == null ? null : was.bylines(), now.bylines()))
			.param("body", keep(current.body(), was == null ? null : was.body(), now.body()))
			.param("captions", keepList(current.captions(), was == null ? null : was.captions(), now.captions()))
			.param("lines", now.sourceLines().toArray(Integer[]::new))
			.param("incomplete", now.incomplete())
			.param("id", articleId)
			.update();
		if (was == null || current.places().equals(places(was.places()))) {
			locate(articleId, now.places());
		}
		link(articleId, old, derived);
	}

	private void locate(long articleId, PlaceMatch places) {
		jdbc.sql("update article set city_code = :city, district_code = :district where id = :id")
			.param("city", places.cityCode())
			.param("district", places.districtCode())
			.param("id", articleId)
			.update();
		jdbc.sql("delete from article_township where article_id = :id").param("id", articleId).update();
		for (String township : new LinkedHashSet<>(places.townshipCodes())) {
			jdbc.sql("insert into article_township (article_id, township_code) values (:id, :code)")
				.param("id", articleId)
				.param("code", township)
				.update();
		}
		jdbc.sql("delete from article_village where article_id = :id").param("id", articleId).update();
		for (PlaceMatch.VillageRef village : new LinkedHashSet<>(places.villages())) {
			jdbc.sql("""
					insert into article_village (article_id, name, village_code) values (:id, :name, :code)
					on conflict do nothing""")
				.param("id", articleId)
				.param("name", village.name())
				.param("code", village.code())
				.update();
		}
	}

	/**
	 * Program links and figures: the pipeline's are made again, the editor's stay. Drafts
	 * stay drafts, as at upload: a link to a program that is not a draft waits in
	 * {@code draft_program_link}, and that program's aliases do not change before
	 * publication.
	 */
	private void link(long articleId, IngestPipeline.Derived old, IngestPipeline.Derived derived) {
		Set<String> oldNames = new LinkedHashSet<>();
		if (old != null) {
			old.programs().forEach(p -> {
				oldNames.add(p.name());
				oldNames.addAll(p.aliases());
			});
		}
		// a link the pipeline did not make of the old lines is the editor's, waiting or
		// not, and stays
		Long[] handLinked = jdbc
			.sql("""
					select p.id from review_article_program ap join program p on p.id = ap.program_id
					 where ap.article_id = :id and not (p.name = any (cast(:names as text[])) or p.aliases && cast(:names as text[]))""")
			.param("id", articleId)
			.param("names", oldNames.toArray(String[]::new))
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		for (String table : List.of("article_program", "draft_program_link")) {
			jdbc.sql("delete from " + table + " where article_id = :id and program_id <> all (:kept)")
				.param("id", articleId)
				.param("kept", handLinked)
				.update();
		}
		// found or stored as at upload: links to programs that are not drafts wait for
		// publication
		List<ProgramIds> found = new ArrayList<>();
		withWriter(writer -> found.add(writer.programIds(derived.programs(), PageWriter.Mode.REVIEW)));
		List<Long> programIds = found.get(0).ids();
		withWriter(writer -> writer.link(articleId, derived.article().programs().stream().map(programIds::get).toList(),
				found.get(0)));
		if (old != null) {
			dropPipelineFigures(articleId, old.article().metrics());
		}
		withWriter(writer -> writer.insertMetrics(articleId, derived.article(), derived.programs(), programIds));
	}

	private void dropPipelineFigures(long articleId, List<MetricModel> made) {
		List<Figure> current = jdbc
			.sql("select id, label, value, unit, quote, source_line from metric where article_id = :id")
			.param("id", articleId)
			.query((rs, n) -> new Figure(rs.getLong("id"), rs.getString("label"), rs.getBigDecimal("value"),
					rs.getString("unit"), rs.getString("quote"), rs.getObject("source_line", Integer.class)))
			.list();
		for (Figure figure : current) {
			if (made.stream().anyMatch(figure::madeBy)) {
				jdbc.sql("delete from metric where id = :id").param("id", figure.id()).update();
			}
		}
	}

	private void withWriter(PageWriters.WriterCall call) {
		PageWriters.with(dataSource, "derive a draft", call);
	}

	private static String keep(String current, String pipelineBefore, String pipelineNow) {
		return pipelineBefore == null && current != null && !current.isEmpty()
				|| pipelineBefore != null && !Objects.equals(current, pipelineBefore) ? current : pipelineNow;
	}

	private static String[] keepList(String current, List<String> pipelineBefore, List<String> pipelineNow) {
		String before = pipelineBefore == null ? null : String.join("|", pipelineBefore);
		String kept = keep(current, before, String.join("|", pipelineNow));
		return kept.isEmpty() ? new String[0] : kept.split("\\|", -1);
	}

	private static List<String> places(PlaceMatch places) {
		List<String> codes = new ArrayList<>();
		codes.add(places.cityCode());
		codes.add(places.districtCode());
		codes.addAll(places.townshipCodes().stream().distinct().sorted().toList());
		return codes;
	}

	private record Stored(String headline, String subhead, String bylines, String body, String captions, String city,
			String district, List<String> townships) {

		List<String> places() {
			List<String> codes = new ArrayList<>();
			codes.add(city);
			codes.add(district);
			codes.addAll(townships);
			return codes;
		}

	}

	private record Figure(long id, String label, BigDecimal value, String unit, String quote, Integer sourceLine) {

		boolean madeBy(MetricModel metric) {
			return Objects.equals(label, metric.label()) && value != null && metric.value() != null
					&& value.compareTo(metric.value()) == 0 && Objects.equals(unit, metric.unit())
					&& Objects.equals(quote, metric.quote()) && Objects.equals(sourceLine, metric.sourceLine());
		}

	}

}
