package org.civicatlas.place;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.civicatlas.system.EditableEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * What every level of the gazetteer has: an official code and name, which editors cannot
 * change, and an English name and aliases, which they can.
 */
@MappedSuperclass
@Audited
public abstract class Division extends EditableEntity {

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> aliases = new ArrayList<>();

	public abstract String getCode();

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
