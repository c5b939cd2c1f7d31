package org.civicatlas.admin.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited data: who made it and when. The history pages read
 * it with SQL.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(UsernameRevisionListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private int rev;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(nullable = false, length = 60)
	private String username;

	protected Revision() {
	}

	void setUsername(String username) {
		this.username = username;
	}

}
