package org.civicatlas.place;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civicatlas.system.EditableEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A county-level division (区/县/县级市), e.g. 越城区 (330602). */
@Entity
@Audited
@Table(name = "district")
public class District extends EditableEntity {

	@Id
	@Column(length = 6)
	private String code;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "city_code", nullable = false, updatable = false)
	private City city;

	@Column(nullable = false, updatable = false, length = 40)
	private String name;

	@Column(name = "name_en", length = 80)
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> aliases = new ArrayList<>();

	protected District() {
	}

	public String getCode() {
		return code;
	}

	public City getCity() {
		return city;
	}

	public String getName() {
		return name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public List<String> getAliases() {
		return List.copyOf(aliases);
	}

	public void rename(String nameEn, List<String> aliases) {
		this.nameEn = nameEn;
		this.aliases = new ArrayList<>(aliases);
	}

}
