package org.civicatlas.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the 13 public program types (spec/program-types.md); reference data. */
@Entity
@Immutable
@Table(name = "program_type")
public class ProgramType {

	@Id
	private String key;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private int position;

	protected ProgramType() {
	}

	public String getKey() {
		return key;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public int getPosition() {
		return position;
	}

}
