package org.civicatlas.place;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicatlas.system.EditableEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A prefecture-level city (地级市), e.g. 绍兴市 (3306). Official name and code are read-only. */
@Entity
@Audited
@Table(name = "city")
public class City extends EditableEntity {

	@Id
	@Column(length = 4)
	private String code;

	@Column(nullable = false, updatable = false, length = 40)
	private String name;

	@Column(name = "name_en", length = 80)
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> aliases = new ArrayList<>();

	protected City() {
	}

	public String getCode() {
		return code;
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
