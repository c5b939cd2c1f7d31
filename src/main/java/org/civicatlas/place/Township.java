package org.civicatlas.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A township-level division (乡/镇/街道), e.g. 北海街道 (330602004). */
@Entity
@Audited
@Table(name = "township")
public class Township extends Division {

	@Id
	@Column(length = 9)
	private String code;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "district_code", nullable = false, updatable = false)
	private District district;

	protected Township() {
	}

	@Override
	public String getCode() {
		return code;
	}

	public District getDistrict() {
		return district;
	}

}
