package org.civicatlas.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.ingest.text.LineRef;
import org.civicatlas.ingest.text.PageLines;

/**
 * Stores where every non-blank line of a stored page ended (table {@code page_line}): the
 * lines each article took, with their roles, and as UNASSIGNED the complement, every
 * other non-blank line, so that an editor sees what the pipeline left out rather than
 * losing it.
 */
public final class LinePlaces {

	/** One line's place; {@code article} is null outside articles. */
	public record Place(int line, Long article, LineRole role, int position) {
	}

	private LinePlaces() {
	}

	/**
	 * The places of a page's lines.
	 * @param articleIds the stored ids of the page's articles, in the page model's order
	 */
	public static List<Place> of(PageModel page, List<Long> articleIds) {
		List<Place> places = new ArrayList<>();
		Set<Integer> placed = new HashSet<>();
		for (int a = 0; a < page.articles().size(); a++) {
			int position = 0;
			for (PlacedLine line : page.articles().get(a).placed()) {
				places.add(new Place(line.line(), articleIds.get(a), line.role(), position++));
				placed.add(line.line());
			}
		}
		places.addAll(unassigned(page.rawText(), placed));
		return places;
	}

	/** The page's non-blank lines that have no place among {@code placed}. */
	public static List<Place> unassigned(String rawText, Set<Integer> placed) {
		return PageLines.of(rawText, Map.of())
			.refs()
			.stream()
			.map(LineRef::line)
			.filter(line -> !placed.contains(line))
			.map(line -> new Place(line, null, LineRole.UNASSIGNED, 0))
			.toList();
	}

	/**
	 * Writes the places of a page the writer has just stored from {@code page} (an
	 * upload, a new seed), in the same transaction, its articles' ids read in their order
	 * on the page.
	 */
	public static void write(Connection connection, long pageId, PageModel page) throws SQLException {
		List<Long> articleIds = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id from article where source_page_id = ? order by position")) {
			select.setLong(1, pageId);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					articleIds.add(rs.getLong(1));
				}
			}
		}
		write(connection, pageId, of(page, articleIds));
	}

	/**
	 * Writes the places of a page that has none yet, through the caller's connection and
	 * transaction.
	 */
	public static void write(Connection connection, long pageId, List<Place> places) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into page_line (source_page_id, line, article_id, role, position) values (?, ?, ?, ?, ?)
				on conflict do nothing""")) {
			for (Place place : places) {
				insert.setLong(1, pageId);
				insert.setInt(2, place.line());
				if (place.article() == null) {
					insert.setNull(3, Types.BIGINT);
				}
				else {
					insert.setLong(3, place.article());
				}
				insert.setString(4, place.role().name());
				insert.setInt(5, place.position());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
