package org.civicatlas.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.civicatlas.ingest.text.Corrections;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The pipeline on pages the seeds do not contain: well-formed ones and what editors might
 * upload.
 */
class IngestPipelineTests {

	static final String PAGE = """
			乡贤调解化纠纷 邻里和睦促和谐

			王 明 李 华

			近日,越城区北海街道新乡贤联谊会成立“和事佬”调解工作室,邀请12名乡贤轮流坐班,今年以来累计调解邻里纠纷30余起。

			工作室还设立“和美基金”,募集资金5万余元,用于帮扶困难家庭。

			乡贤调解员为居民解答问题。(图片由北海街道提供)

			共富工坊开进村 家门口就业增收入

			张 伟

			诸暨市暨阳街道袁家村建成“巧手共富工坊”,吸纳村民就业80余人,人均月增收2000元。(周静 俞雯雯)
			""";

	private final IngestPipeline pipeline = Pipelines.shared();

	@Test
	void aWellFormedPageGivesCleanAttributedArticles() {
		PageModel page = pipeline.ingest("test.txt", PAGE.getBytes(StandardCharsets.UTF_8), Corrections.NONE);
		assertThat(page.articles()).hasSize(2);
		ArticleModel first = page.articles().get(0);
		assertThat(first.headline()).isEqualTo("乡贤调解化纠纷 邻里和睦促和谐");
		assertThat(first.bylines()).containsExactly("王明", "李华");
		assertThat(first.captions()).containsExactly("乡贤调解员为居民解答问题。(图片由北海街道提供)");
		assertThat(first.paragraphs()).hasSize(2);
		assertThat(first.sourceLines()).containsExactly(1, 3, 5, 7);
		assertThat(first.incomplete()).isFalse();
		assertThat(first.places().districtCode()).isEqualTo("330602");
		assertThat(first.places().townshipCodes()).containsExactly("330602004");
		assertThat(first.metrics()).extracting(MetricModel::sourceLine).contains(5, 7);
		ArticleModel second = page.articles().get(1);
		assertThat(second.bylines()).containsExactly("张伟", "周静", "俞雯雯");
		assertThat(second.places().districtCode()).isEqualTo("330681");
		assertThat(second.paragraphs().get(0)).endsWith("人均月增收2000元。");
		assertThat(page.programs()).extracting(ProgramModel::name).isNotEmpty();
		assertThat(page.sha256()).hasSize(64);
	}

	@Test
	void aGbkPageGivesTheSameArticlesAsItsUtf8Twin() {
		PageModel utf8 = pipeline.ingest("a.txt", PAGE.getBytes(StandardCharsets.UTF_8), Corrections.NONE);
		PageModel gbk = pipeline.ingest("a.txt", PAGE.getBytes(Charset.forName("GBK")), Corrections.NONE);
		assertThat(gbk.articles()).isEqualTo(utf8.articles());
		assertThat(gbk.rawText()).isEqualTo(utf8.rawText());
	}

	@Test
	void aPageWithoutHeadlinesIsAClearError() {
		String prose = "今年以来,北海街道持续推进基层治理,累计调解纠纷60多起,群众满意度不断提升,各项工作取得明显成效。\n".repeat(5);
		assertThatThrownBy(() -> pipeline.ingest("prose.txt", prose.getBytes(StandardCharsets.UTF_8), Corrections.NONE))
			.isInstanceOf(IngestException.class)
			.extracting("messageKey")
			.isEqualTo("ingest.error.noArticles");
	}

	@Test
	void anEmptyFileIsAClearError() {
		assertThatThrownBy(() -> pipeline.ingest("empty.txt", new byte[0], Corrections.NONE))
			.isInstanceOf(IngestException.class)
			.extracting("messageKey")
			.isEqualTo("ingest.error.empty");
	}

	@Test
	void tenMegabytesOfRandomChineseEndWithinSeconds() {
		Random random = new Random(42);
		StringBuilder text = new StringBuilder();
		while (text.length() < 10 * 1024 * 1024 / 3) {
			int length = 5 + random.nextInt(80);
			for (int i = 0; i < length; i++) {
				text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
			}
			text.append(random.nextInt(4) == 0 ? "。\n\n" : "\n\n");
		}
		byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(content.length).isGreaterThan(9 * 1024 * 1024);
		// a guard against pathological behaviour, not a benchmark (docs/ingest.md has the
		// figures)
		PageModel page = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> pipeline.ingest("random.txt", content, Corrections.NONE));
		assertThat(page.lineCount()).isGreaterThan(100_000);
	}

}
