package org.civicatlas.portal.articles;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFinderTests {

	@Test
	void findsTheFigureWithItsQualifierMultiplierAndUnit() {
		assertThat(marked("发动共建单位力量募集爱心资金5万余元", "50000", "元", "募集爱心资金")).containsExactly("5万余元");
		assertThat(marked("捐献各类资金物资近30万元,为越城区慈善总会捐赠205万元。", "300000", "元", null)).containsExactly("近30万元");
		assertThat(marked("筹集爱心指款累计达40余万元", "400000", "元", null)).containsExactly("达40余万元");
		assertThat(marked("潜福食品投资近亿元的蜗牛全产业链项目", "100000000", "元", null)).containsExactly("近亿元");
		assertThat(marked("项目涉及退出宅基地面积1.3万余平方米、农户102户", "13000", "平方米", null)).containsExactly("1.3万余平方米");
	}

	@Test
	void readsChineseNumeralsFullWidthDigitsRangesAndPercentSigns() {
		assertThat(marked("一年一个样,三年大变样。", "3", "年", null)).containsExactly("三年");
		assertThat(marked("他从十个方面讲解了企业在交易前、交易中、交易后三个阶段", "10", "个", null)).containsExactly("十个");
		assertThat(marked("直接带动了附近岭后社区上百名村民居民就业", "100", "名", null)).containsExactly("百名");
		assertThat(marked("满意率达９７％", "97", "%", null)).containsExactly("达９７％");
		assertThat(marked("长期帮扶专科10—12个,另有临时帮扶专科6个", "10", "个", null)).containsExactly("10—12个");
		assertThat(marked("引导75%以上集卡车", "75", "%", null)).containsExactly("75%以上");
	}

	@Test
	void aUnitThatStartsWithAMultiplierIsStillTheUnit() {
		assertThat(marked("线路设计时速350千米,共有桥梁17座总长约16千米", "16", "千米", null)).containsExactly("约16千米");
	}

	@Test
	void onlyThePrintedValueCountsAndTheLabelSaysWhichOfEqualValues() {
		String quote = "抓实二个工作室——依托越西社区、山隐社区两个新乡贤调解工作室";
		List<FigureFinder.Found> found = FigureFinder.find(quote, new BigDecimal("2"), "个", "新乡贤调解工作室");
		assertThat(found).hasSize(2);
		assertThat(found).filteredOn(FigureFinder.Found::nextToLabel)
			.singleElement()
			.satisfies(f -> assertThat(quote.substring(f.start(), f.end())).isEqualTo("两个"));
		assertThat(FigureFinder.find("持续跟进5起", new BigDecimal("6"), "起", null)).isEmpty();
		assertThat(FigureFinder.find("持续跟进5起", new BigDecimal("5"), "件", null)).isEmpty();
	}

	private static List<String> marked(String quote, String value, String unit, String label) {
		return FigureFinder.find(quote, new BigDecimal(value), unit, label)
			.stream()
			.map(found -> quote.substring(found.start(), found.end()))
			.toList();
	}

}
