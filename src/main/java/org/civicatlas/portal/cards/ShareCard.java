package org.civicatlas.portal.cards;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.civicatlas.system.Pinyin;

/**
 * Draws a share card (the {@code og:image} of a page, issue 13 item 6): a PNG of 1200 ×
 * 630 pixels, the size link previews show, with the site's name, a title as printed and
 * its English or pinyin line. The font is the one the application ships
 * ({@code cards/card-sans-sc-bold.otf}, a cut of Noto Sans CJK SC Bold, docs/readers.md),
 * never a font of the server, so every machine draws the same card; a character the cut
 * lacks is drawn as its pinyin rather than as an empty box.
 */
final class ShareCard {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	static final String FONT = "/cards/card-sans-sc-bold.otf";

	private static final Color GREEN = new Color(0x1d5c4a);

	private static final Color INK = new Color(0x212529);

	private static final Color GREY = new Color(0x495057);

	private static final int MARGIN = 80;

	private static final int TITLE_LINES = 3;

	private static final int ENGLISH_LINES = 2;

	private static final Font BASE = load();

	private ShareCard() {
	}

	/** The font cards are drawn with, at size 1. */
	static Font font() {
		return BASE;
	}

	/**
	 * The card: {@code site} at the top, {@code title} large, {@code english} (may be
	 * null) below it, {@code kind} (what the page is, may be null) at the foot.
	 */
	static byte[] png(String site, String title, String english, String kind) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(GREEN);
			g.fillRect(0, 0, WIDTH, 16);
			g.fillRect(0, HEIGHT - 16, WIDTH, 16);
			// from the top: the site (one line), the title (three lines of 58 px at
			// most),
			// its English (two of 32 px); the kind sits on its own baseline at the foot,
			// below
			// the most the others can take
			int y = draw(g, site, 32f, GREEN, 1, 44);
			y = draw(g, title, 58f, INK, TITLE_LINES, y + 36);
			if (english != null && !english.isBlank()) {
				draw(g, english, 32f, GREY, ENGLISH_LINES, y + 16);
			}
			if (kind != null) {
				g.setFont(BASE.deriveFont(28f));
				g.setColor(GREEN);
				g.drawString(drawable(kind), MARGIN, HEIGHT - 50);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Draws the text below {@code top} in at most {@code maxLines} lines, the last cut
	 * with an ellipsis; returns the bottom of the last line.
	 */
	private static int draw(Graphics2D g, String text, float size, Color color, int maxLines, int top) {
		g.setFont(BASE.deriveFont(size));
		g.setColor(color);
		FontMetrics metrics = g.getFontMetrics();
		List<String> lines = Lines.wrap(drawable(text), WIDTH - 2 * MARGIN, metrics::stringWidth, maxLines);
		int baseline = top;
		for (String line : lines) {
			baseline += metrics.getAscent();
			g.drawString(line, MARGIN, baseline);
			baseline += metrics.getDescent() + metrics.getLeading();
		}
		return baseline;
	}

	/**
	 * The text with each character the font lacks replaced by its pinyin (or dropped).
	 */
	static String drawable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			String ch = Character.toString(c);
			if (BASE.canDisplay(c)) {
				out.append(ch);
			}
			else {
				// pinyin is plain Latin letters, which the font has
				out.append(String.join(" ", Pinyin.syllables(ch)));
			}
		});
		return out.toString();
	}

	private static Font load() {
		try (InputStream in = ShareCard.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("The share cards' font is missing: " + FONT);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The share cards' font cannot be read: " + FONT, ex);
		}
	}

}
