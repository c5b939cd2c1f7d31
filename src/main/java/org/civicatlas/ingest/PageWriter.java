package org.civicatlas.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes what the pipeline made of a page into the database, through the connection it is
 * given: Flyway's while seeding (JPA is not up yet), the application's transaction for an
 * upload. One call writes one page completely or, when its transaction rolls back, not at
 * all.
 *
 * <p>
 * A program an earlier page already described (same name or alias, same district) is
 * reused, so two pages about one program give one program with both articles; an upload
 * under review changes it only when the page is published ({@link #write}).
 */
public final class PageWriter {

	/**
	 * How the page's content enters the portal: public at once (seeds) or as drafts for
	 * review.
	 */
	public enum Mode {

		SEED("SEED", "PUBLISHED"), REVIEW("REVIEW", "DRAFT");

		private final String pageStatus;

		private final String contentStatus;

		Mode(String pageStatus, String contentStatus) {
			this.pageStatus = pageStatus;
			this.contentStatus = contentStatus;
		}

	}

	private final Connection connection;

	private final Statements statements;

	private Boolean hasPer;

	public PageWriter(Connection connection) {
		this.connection = connection;
		this.statements = new Statements(connection);
	}

	/** The id of the page already stored with this content, if any. */
	public Optional<Long> existingPage(String sha256) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select id from source_page where sha256 = ?")) {
			statement.setString(1, sha256);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
			}
		}
	}

	/**
	 * Writes the page and returns its id. In review mode nothing outside the page's own
	 * drafts changes: a program that is not a draft keeps its row as it is, and the draft
	 * articles' links to it and the names they add to its aliases wait in
	 * {@code draft_program_link} until the page is published. Aliases of draft programs
	 * are added in the order of their ids, so that two uploads at once lock them in the
	 * same order and cannot deadlock.
	 */
	public long write(PageModel page, Mode mode, Long uploadedBy) throws SQLException {
		long pageId = insertPage(page, mode, uploadedBy);
		ProgramIds programIds = programIds(page.programs(), mode);
		int position = 0;
		for (ArticleModel article : page.articles()) {
			long articleId = insertArticle(pageId, position++, article, mode);
			link(articleId, article.programs().stream().map(programIds.ids()::get).toList(), programIds);
			insertMetrics(articleId, article, page.programs(), programIds.ids());
		}
		return pageId;
	}

	/**
	 * The ids of the programs, each one found among the stored ones or stored now (see
	 * {@link #write}).
	 */
	public ProgramIds programIds(List<ProgramModel> programs, Mode mode) throws SQLException {
		List<Long> ids = new ArrayList<>();
		Map<Long, List<String>> waiting = new HashMap<>();
		SortedMap<Long, Set<String>> added = new TreeMap<>();
		for (ProgramModel program : programs) {
			Optional<Existing> existing = findProgram(program);
			if (existing.isEmpty()) {
				ids.add(insertProgram(program, mode));
				continue;
			}
			Existing found = existing.get();
			ids.add(found.id());
			List<String> missing = found.missing(program.aliases());
			if (mode == Mode.REVIEW && !"DRAFT".equals(found.status())) {
				waiting.merge(found.id(), missing, PageWriter::union);
			}
			else {
				added.computeIfAbsent(found.id(), id -> new LinkedHashSet<>()).addAll(missing);
			}
		}
		for (Map.Entry<Long, Set<String>> aliases : added.entrySet()) {
			if (!aliases.getValue().isEmpty()) {
				statements.update(
						"""
								update program set aliases = statements.array(select distinct unnest(aliases || ?::text[]) order by 1)
								 where id = ?""",
						statements.array(List.copyOf(aliases.getValue())), aliases.getKey());
			}
		}
		return new ProgramIds(ids, waiting);
	}

	/**
	 * Links an article to programs among {@code programIds}, or lets the link wait (see
	 * {@link #write}).
	 */
	public void link(long articleId, Collection<Long> programs, ProgramIds programIds) throws SQLException {
		for (long programId : new LinkedHashSet<>(programs)) {
			if (programIds.waits(programId)) {
				statements.update("""
						insert into draft_program_link (article_id, program_id, aliases) values (?, ?, ?)
						on conflict do nothing""", articleId, programId,
						statements.array(programIds.waiting().get(programId)));
			}
			else {
				statements.update(
						"insert into article_program (article_id, program_id) values (?, ?) on conflict do nothing",
						articleId, programId);
			}
		}
	}

	/**
	 * Where a program runs, made consistent: the pipeline can attach a program to a
	 * township of another district than the one it names (seen on two seed pages uploaded
	 * as one), which the schema refuses. The township is the more precise evidence, so
	 * its district and city win.
	 */
	private record Where(String city, String district) {

		static Where of(ProgramModel program) {
			String district = program.townshipCode() != null ? program.townshipCode().substring(0, 6)
					: program.districtCode();
			return new Where(district != null ? district.substring(0, 4) : program.cityCode(), district);
		}

	}

	/** A program already stored that a page describes again. */
	private record Existing(long id, String name, List<String> aliases, String status) {

		/** The page's spellings the program does not know yet. */
		List<String> missing(List<String> spellings) {
			return spellings.stream().filter(s -> !s.equals(name) && !aliases.contains(s)).distinct().toList();
		}

	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private long insertPage(PageModel page, Mode mode, Long uploadedBy) throws SQLException {
		return statements.insertReturningId("""
				insert into source_page (file_name, sha256, raw_text, line_count, status, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""", page.fileName(), page.sha256(), page.rawText(),
				page.lineCount(), mode.pageStatus, uploadedBy);
	}

	private Optional<Existing> findProgram(ProgramModel program) {
		try (PreparedStatement statement = connection.prepareStatement("""
				select id, name, aliases, status from program
				 where merged_into is null and (name = ? or ? = any (aliases))
				   and district_code is not distinct from ?
				 order by id limit 1""")) {
			statement.setString(1, program.name());
			statement.setString(2, program.name());
			statement.setString(3, Where.of(program).district());
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				List<String> aliases = List.of((String[]) rs.getArray("aliases").getArray());
				return Optional
					.of(new Existing(rs.getLong("id"), rs.getString("name"), aliases, rs.getString("status")));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long insertProgram(ProgramModel program, Mode mode) {
		try {
			long id = statements.insertReturningId("""
					insert into program (name, aliases, description, status, city_code, district_code, township_code,
					                     village_name)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", program.name(),
					statements.array(program.aliases()), program.description(), mode.contentStatus,
					Where.of(program).city(), Where.of(program).district(), program.townshipCode(),
					program.villageName());
			int position = 0;
			for (String subtype : program.subtypeKeys()) {
				statements.update(
						"insert into program_subtype_link (program_id, subtype_key, position) values (?, ?, ?)", id,
						subtype, position++);
			}
			return id;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long insertArticle(long pageId, int position, ArticleModel article, Mode mode) throws SQLException {
		PlaceMatch places = article.places();
		long id = statements.insertReturningId("""
				insert into article (source_page_id, position, headline, subhead, bylines, body, captions, source_lines,
				                     incomplete, status, city_code, district_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", pageId, position, article.headline(),
				article.subhead(), statements.array(article.bylines()), article.body(),
				statements.array(article.captions()),
				connection.createArrayOf("integer", article.sourceLines().toArray()), article.incomplete(),
				mode.contentStatus, places.cityCode(), places.districtCode());
		for (String township : places.townshipCodes()) {
			statements.update("insert into article_township (article_id, township_code) values (?, ?)", id, township);
		}
		for (PlaceMatch.VillageRef village : new LinkedHashSet<>(places.villages())) {
			statements.update(
					"insert into article_village (article_id, name, village_code) values (?, ?, ?) on conflict do nothing",
					id, village.name(), village.code());
		}
		return id;
	}

	/**
	 * Stores the article's figures.
	 * @param programs the list the article's {@code programs} index into, with their ids
	 * beside them
	 */
	public void insertMetrics(long articleId, ArticleModel article, List<ProgramModel> programs, List<Long> programIds)
			throws SQLException {
		int position = 0;
		for (MetricModel metric : article.metrics()) {
			Long programId = null;
			for (int index : article.programs()) {
				if (programs.get(index).name().equals(metric.programName())) {
					programId = programIds.get(index);
				}
			}
			List<Object> values = new ArrayList<>(
					java.util.Arrays.asList(articleId, programId, metric.label(), metric.value(), metric.valueMax(),
							metric.unit(), metric.approx() == null ? null : metric.approx().key(),
							metric.category().key(), metric.quote(), metric.sourceLine(), position++));
			if (hasPer()) {
				values.add(metric.per() == null ? null : metric.per().key());
			}
			statements.update(
					"insert into metric (article_id, program_id, label, value, value_max, unit, approx, category, quote, "
							+ "source_line, position" + (hasPer() ? ", per" : "") + ") values (?"
							+ ", ?".repeat(values.size() - 1) + ")",
					values.toArray());
		}
	}

	/**
	 * Whether {@code metric.per} exists yet: the seed import (V4) runs before V20 adds
	 * it, and V21 then reads the basis of those figures again from their quotes.
	 */
	private boolean hasPer() throws SQLException {
		if (hasPer == null) {
			try (ResultSet rs = connection.getMetaData().getColumns(null, null, "metric", "per")) {
				hasPer = rs.next();
			}
		}
		return hasPer;
	}

}
