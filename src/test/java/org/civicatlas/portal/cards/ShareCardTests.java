package org.civicatlas.portal.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.civicatlas.system.Pinyin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share card as drawn: a PNG of the size previews show, Chinese drawn with the font
 * the application ships (never one of the machine's).
 */
class ShareCardTests {

	@Test
	void aCardIsAPngOfTwelveHundredBySixHundredThirtyPixels() throws IOException {
		byte[] png = ShareCard.png("浙江基层创新图谱 · Zhejiang Civic Atlas", "乡贤参与基层治理 构筑居民幸福共同体",
				"Xiang xian can yu ji ceng zhi li", "报道 · Article");
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(ShareCard.WIDTH).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(ShareCard.HEIGHT).isEqualTo(630);
	}

	@Test
	void theSameTitleGivesTheSameCardAndAnotherTitleAnother() {
		byte[] one = ShareCard.png("site", "乡贤参与基层治理", null, null);
		assertThat(ShareCard.png("site", "乡贤参与基层治理", null, null)).isEqualTo(one);
		assertThat(ShareCard.png("site", "网格调解", null, null)).isNotEqualTo(one);
	}

	@Test
	void theShippedFontHasEveryCharacterOfThePlaceNamesAndTheSeeds() throws IOException {
		// what scripts/card-font/make.py kept: the gazetteer's and the seed pages'
		// characters
		assertThat(ShareCard.font().getFamily()).isEqualTo("Noto Sans CJK SC");
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("db/gazetteer")), Files.list(Path.of("seeds")))) {
			files.filter(Files::isRegularFile).forEach(file -> {
				String text = read(file).replaceAll("\\p{Cntrl}", "");
				assertThat(ShareCard.font().canDisplayUpTo(text)).as(file.toString()).isEqualTo(-1);
			});
		}
	}

	@Test
	void aCharacterTheFontLacksIsDrawnAsItsPinyin() {
		// 龘 is in neither GB 2312 nor the place names
		assertThat(ShareCard.font().canDisplay('龘')).isFalse();
		assertThat(ShareCard.drawable("一龘二")).isEqualTo("一" + Pinyin.syllables("龘").get(0) + "二").matches("一[a-z]+二");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
