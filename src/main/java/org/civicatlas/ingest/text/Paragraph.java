package org.civicatlas.ingest.text;

import java.util.List;

/**
 * A cleaned paragraph and where its text came from: piece {@code i} starts at character
 * {@code pieces.get(i).offset()} and was printed on line {@code pieces.get(i).line()}.
 */
public record Paragraph(String text, List<Piece> pieces) {

	public Paragraph {
		pieces = List.copyOf(pieces);
	}

	public record Piece(int offset, LineRef line) {
	}

	/** The 1-based page line on which the character at {@code offset} was printed. */
	public int lineAt(int offset) {
		int line = pieces.get(0).line().line();
		for (Piece piece : pieces) {
			if (piece.offset() > offset) {
				break;
			}
			line = piece.line().line();
		}
		return line;
	}

	public List<LineRef> lines() {
		return pieces.stream().map(Piece::line).toList();
	}

}
