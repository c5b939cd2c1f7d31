package org.civicatlas.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A prefecture-level city (地级市), e.g. 绍兴市 (3306). Official name and code are read-only.
 */
@Entity
@Audited
@Table(name = "city")
public class City extends Division {

	@Id
	@Column(length = 4)
	private String code;

	protected City() {
	}

	@Override
	public String getCode() {
		return code;
	}

}
