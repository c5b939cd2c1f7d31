package org.civicatlas.portal.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicatlas.portal.common.MetricWording;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The article's paragraphs ready to render: the {@link Highlighter}'s segments with, on
 * each mark, what its figures say in words (the tooltip, and the hidden text read without
 * JavaScript).
 */
@Component
class MarkedArticle {

	/**
	 * A piece of a paragraph: plain when {@code id} is null, else a mark with its
	 * figures' note.
	 */
	record Piece(String text, Long id, List<Long> anchors, String note) {

		public boolean isMarked() {
			return id != null;
		}

	}

	/** A figure of the article with its note ("label: value in words"). */
	record Note(ArticleReader.Figure figure, String words, String note) {
	}

	record Marked(List<List<Piece>> paragraphs, List<Note> figures, List<Note> unplaced) {
	}

	private final MetricWording wording;

	private final MessageSource messages;

	MarkedArticle(MetricWording wording, MessageSource messages) {
		this.wording = wording;
		this.messages = messages;
	}

	Marked mark(List<String> paragraphs, List<ArticleReader.Figure> figures, Locale locale) {
		List<Note> notes = figures.stream().map(figure -> note(figure, locale)).toList();
		Map<Long, Note> byId = notes.stream()
			.collect(Collectors.toMap(note -> note.figure().id(), Function.identity()));
		Highlighter.Result result = Highlighter.highlight(paragraphs,
				figures.stream()
					.map(f -> new Highlighter.Figure(f.id(), f.quote(), f.label(), f.value(), f.unit()))
					.toList());
		List<List<Piece>> marked = new ArrayList<>();
		for (List<Highlighter.Segment> paragraph : result.paragraphs()) {
			marked.add(paragraph.stream().map(segment -> piece(segment, byId, locale)).toList());
		}
		return new Marked(marked, notes, result.unplaced().stream().map(byId::get).toList());
	}

	private Piece piece(Highlighter.Segment segment, Map<Long, Note> notes, Locale locale) {
		if (!segment.isMarked()) {
			return new Piece(segment.text(), null, List.of(), null);
		}
		List<Long> ids = segment.figureIds();
		String note = ids.stream()
			.map(id -> notes.get(id).note())
			.collect(Collectors.joining(messages.getMessage("articles.figure.separator", null, locale)));
		return new Piece(segment.text(), ids.get(0), ids.subList(1, ids.size()), note);
	}

	private Note note(ArticleReader.Figure figure, Locale locale) {
		String words = wording.words(figure.value(), figure.valueMax(), figure.unit(), figure.approx(),
				figure.category(), locale);
		return new Note(figure, words,
				messages.getMessage("articles.figure.note", new Object[] { figure.label(), words }, locale));
	}

}
