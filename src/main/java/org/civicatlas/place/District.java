package org.civicatlas.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A county-level division (区/县/县级市), e.g. 越城区 (330602). */
@Entity
@Audited
@Table(name = "district")
public class District extends Division {

	@Id
	@Column(length = 6)
	private String code;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "city_code", nullable = false, updatable = false)
	private City city;

	protected District() {
	}

	@Override
	public String getCode() {
		return code;
	}

	public City getCity() {
		return city;
	}

}
