package org.civicatlas.admin.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One transaction that changed audited data: who made it and when. */
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

	public int getRev() {
		return rev;
	}

	public Instant getTimestamp() {
		return Instant.ofEpochMilli(timestamp);
	}

	public String getUsername() {
		return username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
