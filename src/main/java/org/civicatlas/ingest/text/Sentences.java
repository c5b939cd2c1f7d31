package org.civicatlas.ingest.text;

/**
 * Where sentences end and where a line cannot begin one. The PDF extraction breaks lines
 * anywhere, so these are what tell a finished paragraph from one that carries on
 * elsewhere.
 */
public final class Sentences {

	private static final String TERMINAL = "。！？!?…；;";

	private static final String CLOSING = "”’\"'）)」』】";

	/** Characters that never begin a sentence: punctuation and grammatical particles. */
	private static final String NEVER_FIRST = "，,。、；;：:）)”’」』】的了着们地得之";

	private static final int QUOTE_LOOKAHEAD = 6;

	private static final String PAUSE = "，,、；;";

	private static final String LEVELS = "省市县区乡镇村";

	private Sentences() {
	}

	public static boolean endsSentence(String text) {
		String t = text.strip();
		int i = t.length() - 1;
		while (i >= 0 && CLOSING.indexOf(t.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && TERMINAL.indexOf(t.charAt(i)) >= 0 || t.endsWith(")") || t.endsWith("）");
	}

	/** Whether the first quotation mark of a line closes a quotation begun before it. */
	static boolean closesQuotation(String text) {
		int opening = text.indexOf('“');
		int closing = text.indexOf('”');
		return closing >= 0 && (opening < 0 || closing < opening);
	}

	public static boolean opensMidSentence(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return false;
		}
		if (NEVER_FIRST.indexOf(t.charAt(0)) >= 0) {
			return true;
		}
		// one character and a pause is the tail of a word the line before began (驿|站、,
		// 出|发,), unless
		// it lists levels of government (市、县两级)
		if (t.length() > 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN
				&& PAUSE.indexOf(t.charAt(1)) >= 0 && LEVELS.indexOf(t.charAt(0)) < 0) {
			return true;
		}
		// a closing quotation mark before any opening one: the quotation began on another
		// line
		for (int i = 0; i < Math.min(t.length(), QUOTE_LOOKAHEAD); i++) {
			char c = t.charAt(i);
			if (c == '“' || c == '‘') {
				return false;
			}
			if (c == '”' || c == '’') {
				return true;
			}
		}
		return false;
	}

}
