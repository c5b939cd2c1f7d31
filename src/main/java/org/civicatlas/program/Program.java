package org.civicatlas.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.civicatlas.place.City;
import org.civicatlas.place.District;
import org.civicatlas.place.Township;
import org.civicatlas.system.EditableEntity;
import org.civicatlas.system.PublicationStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A named initiative: a platform, brand, fund, workshop, mechanism or campaign. It runs
 * in a township, or district-wide when the township is empty. A program merged into
 * another keeps its row so that its old address can redirect.
 */
@Entity
@Audited
@Table(name = "program")
public class Program extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "name_en", length = 200)
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> aliases = new ArrayList<>();

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PublicationStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_code")
	private City city;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "district_code")
	private District district;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "township_code")
	private Township township;

	@Column(name = "village_name", length = 100)
	private String villageName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "merged_into")
	private Program mergedInto;

	/** Subtype keys, the primary first. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "program_subtype_link", joinColumns = @JoinColumn(name = "program_id"))
	@OrderColumn(name = "position")
	@Column(name = "subtype_key", nullable = false)
	private List<String> subtypeKeys = new ArrayList<>();

	protected Program() {
	}

	/** A program an editor adds by hand. */
	public Program(String name, PublicationStatus status) {
		this.name = name;
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public List<String> getAliases() {
		return List.copyOf(aliases);
	}

	public String getDescription() {
		return description;
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

	public Township getTownship() {
		return township;
	}

	public String getVillageName() {
		return villageName;
	}

	public Program getMergedInto() {
		return mergedInto;
	}

	public List<String> getSubtypeKeys() {
		return List.copyOf(subtypeKeys);
	}

	public String getNameEn() {
		return nameEn;
	}

	/**
	 * The English name an editor gave; null for none (English pages then show the
	 * pinyin).
	 */
	public void nameInEnglish(String nameEn) {
		this.nameEn = nameEn;
	}

	public void revise(String name, List<String> aliases, String description) {
		this.name = name;
		this.aliases = new ArrayList<>(aliases);
		this.description = description;
	}

	/** Where it runs; the caller has checked that the places lie in one another. */
	public void locate(City city, District district, Township township, String villageName) {
		this.city = city;
		this.district = district;
		this.township = township;
		this.villageName = villageName;
	}

	/**
	 * Its subtypes, the primary first; the caller has checked the keys against the
	 * taxonomy.
	 */
	public void classify(List<String> subtypeKeys) {
		this.subtypeKeys.clear();
		this.subtypeKeys.addAll(subtypeKeys);
	}

	public void changeStatus(PublicationStatus status) {
		this.status = status;
	}

	/**
	 * Folds this program into {@code target}: the target learns this program's names as
	 * aliases, and this one keeps its row so that its old address can redirect. Moving
	 * the articles and figures is the caller's job, as this module knows neither.
	 */
	public void mergeInto(Program target) {
		if (target == this || target.mergedInto != null || mergedInto != null) {
			throw new IllegalArgumentException("Program " + id + " cannot be merged into " + target.id);
		}
		LinkedHashSet<String> names = new LinkedHashSet<>(target.aliases);
		names.add(name);
		names.addAll(aliases);
		names.remove(target.name);
		target.aliases = new ArrayList<>(names);
		this.mergedInto = target;
	}

	/**
	 * Undoes {@link #mergeInto}: this program stands on its own again and the target
	 * forgets the aliases the merge taught it (those an editor added since stay). Moving
	 * the articles and figures back is the caller's job.
	 */
	public void undoMerge(Program target, Collection<String> aliasesAdded) {
		if (mergedInto == null || !mergedInto.getId().equals(target.id)) {
			throw new IllegalStateException("Program " + id + " is not merged into " + target.id);
		}
		target.aliases.removeAll(aliasesAdded);
		this.mergedInto = null;
	}

}
