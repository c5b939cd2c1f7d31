package org.civicatlas.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.civicatlas.place.City;
import org.civicatlas.place.District;
import org.civicatlas.place.Township;
import org.civicatlas.program.Program;
import org.civicatlas.system.EditableEntity;
import org.civicatlas.system.PublicationStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A clean article of a newspaper page. Its body is paragraphs separated by blank lines;
 * its source lines say which lines of the page it was built from, so a reader can check
 * the cleaning.
 */
@Entity
@Audited
@Table(name = "article")
public class Article extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// pages are not edited, so their history is not kept
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_page_id", nullable = false, updatable = false)
	private SourcePage sourcePage;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, length = 300)
	private String headline;

	@Column(name = "headline_en", length = 300)
	private String headlineEn;

	@Column(length = 300)
	private String subhead;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> bylines = new ArrayList<>();

	@Column(nullable = false)
	private String body;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> captions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "source_lines", nullable = false, columnDefinition = "int[]")
	private List<Integer> sourceLines = new ArrayList<>();

	@Column(nullable = false)
	private boolean incomplete;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PublicationStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_code")
	private City city;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "district_code")
	private District district;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "article_township", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "township_code"))
	@OrderBy("code")
	private Set<Township> townships = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "article_village", joinColumns = @JoinColumn(name = "article_id"))
	private Set<ArticleVillage> villages = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "article_program", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "program_id"))
	@OrderBy("id")
	private Set<Program> programs = new LinkedHashSet<>();

	protected Article() {
	}

	public Long getId() {
		return id;
	}

	public SourcePage getSourcePage() {
		return sourcePage;
	}

	public int getPosition() {
		return position;
	}

	public String getHeadline() {
		return headline;
	}

	public String getHeadlineEn() {
		return headlineEn;
	}

	/**
	 * The English headline an editor gave; null for none (English pages then show the
	 * pinyin).
	 */
	public void headlineInEnglish(String headlineEn) {
		this.headlineEn = headlineEn;
	}

	public String getSubhead() {
		return subhead;
	}

	public List<String> getBylines() {
		return List.copyOf(bylines);
	}

	public String getBody() {
		return body;
	}

	public List<String> getParagraphs() {
		return List.of(body.split("\n\n"));
	}

	public List<String> getCaptions() {
		return List.copyOf(captions);
	}

	public List<Integer> getSourceLines() {
		return List.copyOf(sourceLines);
	}

	public boolean isIncomplete() {
		return incomplete;
	}

	public PublicationStatus getStatus() {
		return status;
	}

	public City getCity() {
		return city;
	}

	public District getDistrict() {
		return district;
	}

	public Set<Township> getTownships() {
		return Set.copyOf(townships);
	}

	public Set<ArticleVillage> getVillages() {
		return Set.copyOf(villages);
	}

	public Set<Program> getPrograms() {
		return Set.copyOf(programs);
	}

	/**
	 * An editor's revision of the text; the body is paragraphs separated by blank lines.
	 */
	public void revise(String headline, String subhead, List<String> bylines, String body, List<String> captions) {
		this.headline = headline;
		this.subhead = subhead;
		this.bylines = new ArrayList<>(bylines);
		this.body = body;
		this.captions = new ArrayList<>(captions);
	}

	/**
	 * Where the article is about; the caller has checked that the places lie in one
	 * another.
	 */
	public void locate(City city, District district, Collection<Township> townships) {
		this.city = city;
		this.district = district;
		this.townships.clear();
		this.townships.addAll(townships);
	}

	public void describe(Collection<Program> programs) {
		this.programs.clear();
		this.programs.addAll(programs);
	}

	public void changeStatus(PublicationStatus status) {
		this.status = status;
	}

}
