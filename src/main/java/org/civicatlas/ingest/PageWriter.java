package org.civicatlas.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes what the pipeline made of a page into the database, through the connection it is given:
 * Flyway's while seeding (JPA is not up yet), the application's transaction for an upload. One
 * call writes one page completely or, when its transaction rolls back, not at all.
 *
 * <p>A program an earlier page already described (same name or alias, same district) is reused,
 * so two pages about one program give one program with both articles.
 */
public final class PageWriter {

	/** How the page's content enters the portal: public at once (seeds) or as drafts for review. */
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

	public PageWriter(Connection connection) {
		this.connection = connection;
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

	/** Writes the page and returns its id. */
	public long write(PageModel page, Mode mode, Long uploadedBy) throws SQLException {
		long pageId = insertPage(page, mode, uploadedBy);
		List<Long> programIds = programIds(page.programs(), mode);
		int position = 0;
		for (ArticleModel article : page.articles()) {
			long articleId = insertArticle(pageId, position++, article, mode);
			Set<Long> linked = new LinkedHashSet<>();
			article.programs().forEach(index -> linked.add(programIds.get(index)));
			for (long programId : linked) {
				update("insert into article_program (article_id, program_id) values (?, ?)", articleId, programId);
			}
			insertMetrics(articleId, article, page.programs(), programIds);
		}
		return pageId;
	}

	/** The ids of the programs, each one found among the stored ones or stored now. */
	public List<Long> programIds(List<ProgramModel> programs, Mode mode) {
		List<Long> ids = new ArrayList<>();
		for (ProgramModel program : programs) {
			ids.add(findProgram(program).orElseGet(() -> insertProgram(program, mode)));
		}
		return ids;
	}

	private long insertPage(PageModel page, Mode mode, Long uploadedBy) throws SQLException {
		return insertReturningId("""
				insert into source_page (file_name, sha256, raw_text, line_count, status, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""", page.fileName(), page.sha256(), page.rawText(),
				page.lineCount(), mode.pageStatus, uploadedBy);
	}

	private Optional<Long> findProgram(ProgramModel program) {
		try (PreparedStatement statement = connection.prepareStatement("""
				select id from program
				 where merged_into is null and (name = ? or ? = any (aliases))
				   and district_code is not distinct from ?
				 order by id limit 1""")) {
			statement.setString(1, program.name());
			statement.setString(2, program.name());
			statement.setString(3, program.districtCode());
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				long id = rs.getLong(1);
				update("""
						update program set aliases = array(select distinct unnest(aliases || ?::text[]) order by 1)
						 where id = ?""", array(program.aliases()), id);
				return Optional.of(id);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long insertProgram(ProgramModel program, Mode mode) {
		try {
			long id = insertReturningId("""
					insert into program (name, aliases, description, status, city_code, district_code, township_code,
					                     village_name)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", program.name(), array(program.aliases()),
					program.description(), mode.contentStatus, program.cityCode(), program.districtCode(),
					program.townshipCode(), program.villageName());
			int position = 0;
			for (String subtype : program.subtypeKeys()) {
				update("insert into program_subtype_link (program_id, subtype_key, position) values (?, ?, ?)", id,
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
		long id = insertReturningId("""
				insert into article (source_page_id, position, headline, subhead, bylines, body, captions, source_lines,
				                     incomplete, status, city_code, district_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", pageId, position, article.headline(),
				article.subhead(), array(article.bylines()), article.body(), array(article.captions()),
				connection.createArrayOf("integer", article.sourceLines().toArray()), article.incomplete(),
				mode.contentStatus, places.cityCode(), places.districtCode());
		for (String township : places.townshipCodes()) {
			update("insert into article_township (article_id, township_code) values (?, ?)", id, township);
		}
		for (PlaceMatch.VillageRef village : new LinkedHashSet<>(places.villages())) {
			update("insert into article_village (article_id, name, village_code) values (?, ?, ?) on conflict do nothing",
					id, village.name(), village.code());
		}
		return id;
	}

	/**
	 * Stores the article's figures.
	 *
	 * @param programs the list the article's {@code programs} index into, with their ids beside them
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
			update("""
					insert into metric (article_id, program_id, label, value, value_max, unit, approx, category, quote,
					                    source_line, position)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", articleId, programId, metric.label(), metric.value(),
					metric.valueMax(), metric.unit(), metric.approx() == null ? null : metric.approx().key(),
					metric.category().key(), metric.quote(), metric.sourceLine(), position++);
		}
	}

	private java.sql.Array array(List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray());
	}

	private long insertReturningId(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters)) {
			statement.executeUpdate();
		}
	}

	private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] == null) {
				statement.setNull(i + 1, Types.NULL);
			}
			else {
				statement.setObject(i + 1, parameters[i]);
			}
		}
		return statement;
	}

}
