package org.civicatlas.portal.feeds;

/**
 * Text made safe for XML 1.0. The stream writer escapes markup ({@code <}, {@code &},
 * quotes) but passes on control characters, which XML 1.0 forbids anywhere; an editor's
 * paste could bring one.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::isAllowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	// the Char production of XML 1.0
	private static boolean isAllowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
