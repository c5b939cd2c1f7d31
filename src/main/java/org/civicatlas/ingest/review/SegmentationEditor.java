package org.civicatlas.ingest.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.ingest.PlacedLine;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repairs how a page in review was cut into drafts, one step per transaction: the step
 * changes the places of lines ({@link PagePlaces}), every draft whose lines changed is
 * made again by the pipeline ({@link DraftDeriver}) and needs a new decision, drafts left
 * without lines are deleted, and the step goes into the page's history with the places
 * before it, so that it can be undone. Each step carries the page's version and moves it,
 * so a step made on a stale view is refused.
 */
@Service
class SegmentationEditor {

	private static final Pattern DRAFT = Pattern.compile("#(\\d+)");

	private final PlaceStore places;

	private final RepairSteps steps;

	private final DraftDeriver deriver;

	private final JdbcClient jdbc;

	SegmentationEditor(PlaceStore places, RepairSteps steps, DraftDeriver deriver, JdbcClient jdbc) {
		this.places = places;
		this.steps = steps;
		this.deriver = deriver;
		this.jdbc = jdbc;
	}

	/**
	 * Applies one step.
	 * @param operation the step's name in the history ({@code ingest.step.<operation>})
	 * @param detail the lines and drafts it concerned, for the history
	 */
	@Transactional
	void apply(long pageId, long version, String username, String operation, String detail,
			Consumer<PagePlaces> change) {
		String rawText = inReview(pageId, version);
		List<Place> before = places.load(pageId);
		PagePlaces after = new PagePlaces(before);
		change.accept(after);
		String labelled = labels(withDrafts(detail, new PagePlaces(before), after));
		store(pageId, rawText, before, after);
		steps.record(pageId, operation, labelled, before, username);
	}

	/**
	 * A step named by its lines alone also names the drafts whose lines it changed, so
	 * that its history (here and in {@code /admin/history}) says which articles it
	 * concerned.
	 */
	private static String withDrafts(String detail, PagePlaces was, PagePlaces after) {
		if (DRAFT.matcher(detail).find()) {
			return detail;
		}
		String drafts = was.drafts()
			.stream()
			.filter(draft -> !was.linesOf(draft).equals(after.linesOf(draft)))
			.sorted()
			.map(draft -> "#" + draft)
			.collect(Collectors.joining(", "));
		return drafts.isEmpty() ? detail : detail + " (" + drafts + ")";
	}

	/**
	 * Drafts named {@code #id} in a step's detail, named as the page shows them (A1,
	 * A2…).
	 */
	private String labels(String detail) {
		return DRAFT.matcher(detail)
			.replaceAll(match -> jdbc.sql("select position from article where id = :id")
				.param("id", Long.parseLong(match.group(1)))
				.query(Integer.class)
				.optional()
				.map(position -> "A" + (position + 1))
				.orElse(match.group()));
	}

	/** Puts the lines back where they were before the newest step not undone yet. */
	@Transactional
	void undo(long pageId, long version) {
		String rawText = inReview(pageId, version);
		RepairSteps.Undoable last = steps.last(pageId)
			.orElseThrow(() -> new SegmentationException("undo", "ingest.lines.error.nothingToUndo"));
		store(pageId, rawText, places.load(pageId), new PagePlaces(last.before()));
		steps.undone(last.id());
	}

	private void store(long pageId, String rawText, List<Place> before, PagePlaces after) {
		PagePlaces old = new PagePlaces(before);
		Set<Long> existing = new HashSet<>(jdbc.sql("select id from article where source_page_id = :page")
			.param("page", pageId)
			.query(Long.class)
			.list());
		Set<Long> programsBefore = new HashSet<>(linkedPrograms(pageId));
		Map<Long, Long> created = new HashMap<>();
		for (long draft : after.drafts()) {
			if (!existing.contains(draft)) {
				created.put(draft, deriver.create(pageId, rawText, after.linesOf(draft)));
			}
		}
		created.forEach(after::store);
		Set<Long> changed = new HashSet<>(created.values());
		for (long draft : after.drafts()) {
			if (existing.contains(draft)) {
				List<PlacedLine> was = old.linesOf(draft);
				List<PlacedLine> now = after.linesOf(draft);
				if (!was.equals(now)) {
					deriver.update(draft, rawText, was, now);
					changed.add(draft);
				}
			}
		}
		for (long draft : existing) {
			if (!after.drafts().contains(draft)) {
				jdbc.sql("delete from article where id = :id").param("id", draft).update();
			}
		}
		places.save(pageId, before, after.places());
		reopen(changed);
		dropOrphans(programsBefore);
		jdbc.sql("update source_page set version = version + 1, updated_at = now() where id = :page")
			.param("page", pageId)
			.update();
	}

	/** A draft whose lines changed is no longer what the editor accepted or rejected. */
	private void reopen(Set<Long> drafts) {
		Long[] ids = drafts.toArray(Long[]::new);
		jdbc.sql("delete from article_review where article_id = any (:ids)").param("ids", ids).update();
		jdbc.sql("update article set status = 'DRAFT' where id = any (:ids) and status = 'HIDDEN'")
			.param("ids", ids)
			.update();
	}

	/**
	 * Draft programs that only the page's drafts described and that no draft describes
	 * any more.
	 */
	private void dropOrphans(Set<Long> programs) {
		jdbc.sql("""
				delete from program p where p.id = any (:ids) and p.status = 'DRAFT'
				   and not exists (select 1 from article_program ap where ap.program_id = p.id)
				   and not exists (select 1 from program m where m.merged_into = p.id)
				   and not exists (select 1 from metric x where x.program_id = p.id)""")
			.param("ids", programs.toArray(Long[]::new))
			.update();
	}

	private List<Long> linkedPrograms(long pageId) {
		return jdbc.sql("""
				select distinct ap.program_id from article_program ap join article a on a.id = ap.article_id
				 where a.source_page_id = :page""").param("page", pageId).query(Long.class).list();
	}

	/** The raw text of a page that is still in review at the version the editor saw. */
	private String inReview(long pageId, long version) {
		Map<String, Object> page = jdbc.sql("select status, version, raw_text from source_page where id = :id")
			.param("id", pageId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Page " + pageId));
		if (!Objects.equals("REVIEW", page.get("status"))) {
			throw new ReviewException("ingest.review.closed");
		}
		StaleEditException.check("Page " + pageId, version, ((Number) page.get("version")).longValue());
		return (String) page.get("raw_text");
	}

}
