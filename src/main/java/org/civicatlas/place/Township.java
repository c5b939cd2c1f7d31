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

/** A township-level division (乡/镇/街道), e.g. 北海街道 (330602004). */
@Entity
@Audited
@Table(name = "township")
public class Township extends EditableEntity {

	@Id
	@Column(length = 9)
	private String code;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "district_code", nullable = false, updatable = false)
	private District district;

	@Column(nullable = false, updatable = false, length = 60)
	private String name;

	@Column(name = "name_en", length = 120)
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> aliases = new ArrayList<>();

	protected Township() {
	}

	public String getCode() {
		return code;
	}

	public District getDistrict() {
		return district;
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
