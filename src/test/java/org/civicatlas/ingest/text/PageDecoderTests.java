package org.civicatlas.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.civicatlas.ingest.IngestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageDecoderTests {

	private static final String PAGE = "乡贤参与基层治理 构筑居民幸福共同体\n\n孙 良 孙 健\n\n北海街道新乡贤联谊会募集爱心资金5万余元。\n";

	@Test
	void utf8IsReadAsIs() {
		assertThat(PageDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(PAGE);
	}

	@Test
	void gbkIsRecognisedAndDecoded() {
		assertThat(PageDecoder.decode(PAGE.getBytes(Charset.forName("GBK")))).isEqualTo(PAGE);
	}

	@Test
	void aByteOrderMarkIsDropped() {
		assertThat(PageDecoder.decode(("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8))).isEqualTo(PAGE);
	}

	@Test
	void anEmptyOrBlankFileIsRefused() {
		assertThatThrownBy(() -> PageDecoder.decode(new byte[0])).isInstanceOf(IngestException.class)
			.extracting("messageKey")
			.isEqualTo("ingest.error.empty");
		assertThatThrownBy(() -> PageDecoder.decode(" \n\n \n".getBytes(StandardCharsets.UTF_8)))
			.extracting("messageKey")
			.isEqualTo("ingest.error.empty");
	}

	@Test
	void aBinaryFileIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> PageDecoder.decode(png)).extracting("messageKey").isEqualTo("ingest.error.binary");
	}

	@Test
	void randomBytesThatAreNeitherUtf8NorChineseAreRefused() {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		for (int i = 0; i < noise.length; i++) {
			// no NUL or control bytes, so it is not caught as binary: the encoding check
			// must refuse it
			noise[i] = (byte) (0x80 | (noise[i] & 0x7F));
		}
		assertThatThrownBy(() -> PageDecoder.decode(noise)).isInstanceOf(IngestException.class)
			.extracting("messageKey")
			.isIn("ingest.error.encoding", "ingest.error.binary");
	}

	@Test
	void latin1TextIsRefusedRatherThanReadAsMojibake() {
		byte[] latin1 = "Café, crème brûlée, naïve façade — déjà vu.\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> PageDecoder.decode(latin1)).extracting("messageKey")
			.isEqualTo("ingest.error.encoding");
	}

}
