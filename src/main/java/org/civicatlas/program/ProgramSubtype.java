package org.civicatlas.program;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A subtype of the taxonomy, the level programs are classified at; reference data. */
@Entity
@Immutable
@Table(name = "program_subtype")
public class ProgramSubtype {

	@Id
	private String key;

	@Column(name = "type_key", nullable = false)
	private String typeKey;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> cues;

	@Column(nullable = false)
	private int position;

	protected ProgramSubtype() {
	}

	public String getKey() {
		return key;
	}

	public String getTypeKey() {
		return typeKey;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public List<String> getCues() {
		return List.copyOf(cues);
	}

	public int getPosition() {
		return position;
	}

}
