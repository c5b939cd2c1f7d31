package org.civicatlas.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A village or community (村/社区), reference data for recognising places in articles. The
 * official name carries the committee suffix (周庄村村委会); the short name is how people write
 * it.
 */
@Entity
@Immutable
@Table(name = "village")
public class Village {

	@Id
	@Column(length = 12)
	private String code;

	@Column(name = "township_code", nullable = false, length = 9)
	private String townshipCode;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "short_name", nullable = false, length = 100)
	private String shortName;

	protected Village() {
	}

	public String getCode() {
		return code;
	}

	public String getTownshipCode() {
		return townshipCode;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

}
