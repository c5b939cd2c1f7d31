package org.civicatlas.metric;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civicatlas.article.Article;
import org.civicatlas.program.Program;
import org.civicatlas.system.EditableEntity;
import org.hibernate.envers.Audited;

/**
 * A figure an article reports: the normalised value (万 and 亿 applied), the unit as
 * printed, the qualifier, what is counted, and the verbatim quote with the page line it
 * stands on.
 */
@Entity
@Audited
@Table(name = "metric")
public class Metric extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id", nullable = false)
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "program_id")
	private Program program;

	@Column(nullable = false, length = 200)
	private String label;

	@Column(precision = 24, scale = 4)
	private BigDecimal value;

	@Column(name = "value_max", precision = 24, scale = 4)
	private BigDecimal valueMax;

	@Column(nullable = false, length = 20)
	private String unit;

	/**
	 * {@code more_than}, {@code nearly}, {@code over}, {@code about}, {@code reached},
	 * {@code target}; null when exact.
	 */
	@Column(length = 10)
	private String approx;

	@Column(nullable = false, length = 10)
	private String category;

	@Column(nullable = false, length = 500)
	private String quote;

	@Column(name = "source_line")
	private Integer sourceLine;

	@Column(name = "quote_verified", nullable = false)
	private boolean quoteVerified = true;

	@Column(nullable = false)
	private int position;

	protected Metric() {
	}

	/** A figure an editor adds by hand to an article. */
	public Metric(Article article, int position) {
		this.article = article;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

	public Program getProgram() {
		return program;
	}

	public String getLabel() {
		return label;
	}

	public BigDecimal getValue() {
		return value;
	}

	public BigDecimal getValueMax() {
		return valueMax;
	}

	public String getUnit() {
		return unit;
	}

	public String getApprox() {
		return approx;
	}

	public String getCategory() {
		return category;
	}

	public String getQuote() {
		return quote;
	}

	public Integer getSourceLine() {
		return sourceLine;
	}

	public boolean isQuoteVerified() {
		return quoteVerified;
	}

	public int getPosition() {
		return position;
	}

	/**
	 * What the figure counts; {@code approx} and {@code category} take the keys of the
	 * open-data contract.
	 */
	public void describe(String label, BigDecimal value, BigDecimal valueMax, String unit, String approx,
			String category) {
		this.label = label;
		this.value = value;
		this.valueMax = valueMax;
		this.unit = unit;
		this.approx = approx;
		this.category = category;
	}

	/**
	 * The quote that states the figure: verified when the article's page contains it,
	 * then with the line it starts on; otherwise entered by an editor and without a line.
	 */
	public void quote(String quote, Integer sourceLine, boolean verified) {
		this.quote = quote;
		this.sourceLine = sourceLine;
		this.quoteVerified = verified;
	}

	public void attach(Article article, Program program) {
		this.article = article;
		this.program = program;
	}

}
