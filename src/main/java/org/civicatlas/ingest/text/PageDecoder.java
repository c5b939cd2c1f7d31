package org.civicatlas.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.civicatlas.ingest.IngestException;

/**
 * Turns the bytes of an uploaded page into text. Newspaper pages arrive as UTF-8 or, from
 * older Windows tools, as GBK; anything else (a binary file, another encoding) is refused
 * with a reason rather than imported as mojibake.
 */
public final class PageDecoder {

	/** GB18030 is a superset of GBK and GB2312, so one decoder reads all three. */
	private static final Charset GBK = Charset.forName("GB18030");

	private static final int SNIFF_BYTES = 64 * 1024;

	private PageDecoder() {
	}

	public static String decode(byte[] content) {
		if (content.length == 0) {
			throw new IngestException("ingest.error.empty", "The page is empty.");
		}
		if (looksBinary(content)) {
			throw new IngestException("ingest.error.binary", "The file is not a text page (it contains binary data).");
		}
		String text = strictly(content, StandardCharsets.UTF_8);
		if (text == null) {
			text = strictly(content, GBK);
			if (text == null || !mostlyChinese(text)) {
				throw new IngestException("ingest.error.encoding",
						"The page is neither UTF-8 nor GBK text; save it as UTF-8 and upload it again.");
			}
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new IngestException("ingest.error.empty", "The page is empty.");
		}
		return text;
	}

	private static String strictly(byte[] content, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	// Text never holds NUL and rarely other C0 controls; a few per cent of them means
	// binary data.
	private static boolean looksBinary(byte[] content) {
		int sample = Math.min(content.length, SNIFF_BYTES);
		int controls = 0;
		for (int i = 0; i < sample; i++) {
			int b = content[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				controls++;
			}
		}
		return controls * 50 > sample;
	}

	// Bytes that happen to decode as GB18030 are not necessarily Chinese: most random
	// bytes do.
	private static boolean mostlyChinese(String text) {
		int sample = Math.min(text.length(), SNIFF_BYTES);
		int han = 0;
		int letters = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			letters++;
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || isChinesePunctuation(c)) {
				han++;
			}
		}
		return letters > 0 && han * 2 >= letters;
	}

	static boolean isChinesePunctuation(char c) {
		return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c == '\u201C' || c == '\u201D';
	}

}
