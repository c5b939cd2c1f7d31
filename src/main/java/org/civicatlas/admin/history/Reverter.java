package org.civicatlas.admin.history;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.civicatlas.admin.user.UserAccounts;
import org.civicatlas.system.NotFoundException;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Puts a record back as it was after a revision. The record's audited fields are copied
 * from Envers' snapshot onto the current entity, its collections refilled from their
 * audit rows, and the ordinary save writes a new revision: history only grows. Fields
 * that are not audited (version, timestamps, a password) or never updatable (official
 * names and codes) stay as they are.
 */
@Service
class Reverter {

	private final EntityManager entityManager;

	private final UserAccounts accounts;

	private final HistoryQueries queries;

	Reverter(EntityManager entityManager, UserAccounts accounts, HistoryQueries queries) {
		this.entityManager = entityManager;
		this.accounts = accounts;
		this.queries = queries;
	}

	/**
	 * @param version the record's version the admin saw: when it moved on, nothing is
	 * reverted
	 */
	@Transactional
	void revert(AuditedEntity entity, Object id, int rev, long version) {
		Object current = entityManager.find(entity.type(), id);
		// Envers refuses revision numbers below 1 with an exception: there is no such
		// revision
		Object snapshot = current == null || rev < 1 ? null
				: AuditReaderFactory.get(entityManager).find(entity.type(), id, rev);
		if (snapshot == null) {
			throw new NotFoundException(entity.key() + " " + id + " at revision " + rev);
		}
		SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
		EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity.type());
		if (!version(persister, current).equals(version)) {
			throw new RevertConflictException();
		}
		String[] names = persister.getPropertyNames();
		boolean[] updatable = persister.getPropertyUpdateability();
		Object[] values = persister.getValues(snapshot);
		if (entity == AuditedEntity.PROGRAM) {
			refuseMergeChange(persister, current, values);
		}
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			if (updatable[i] && !types[i].isCollectionType() && audited(entity.type(), names[i])) {
				persister.setValue(current, i, attached(values[i]));
			}
		}
		// collections come from their audit tables: Envers cannot load an @OrderBy
		// many-to-many of a revision
		for (AuditedEntity.Collection collection : entity.collections()) {
			@SuppressWarnings("unchecked")
			Collection<Object> elements = (Collection<Object>) persister.getValue(current,
					persister.getPropertyIndex(collection.property()));
			elements.clear(); // refilled in place: Hibernate tracks changes through the
								// collection it loaded
			for (Map<String, Object> row : queries.elementsAt(collection, id, rev)) {
				elements.add(collection.element().apply(row, entityManager));
			}
		}
		entityManager.flush();
		if (entity == AuditedEntity.USER) {
			accounts.requireAnAdministrator();
		}
	}

	/**
	 * A merge moved links and aliases that a program's revision does not hold: reverting
	 * across a merge would republish the merged program without its articles. Undoing the
	 * merge restores them.
	 */
	private void refuseMergeChange(EntityPersister persister, Object current, Object[] snapshotValues) {
		int mergedInto = persister.getPropertyIndex("mergedInto");
		if (!Objects.equals(identifier(snapshotValues[mergedInto]),
				identifier(persister.getValue(current, mergedInto)))) {
			throw new RevertRefusedException("admin.history.revertMerge");
		}
	}

	private Object identifier(Object entity) {
		if (entity instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		return entity == null ? null
				: entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
	}

	private static Long version(EntityPersister persister, Object entity) {
		return ((Number) persister.getVersion(entity)).longValue();
	}

	/**
	 * Audited: declared by an audited class (the entity, or an audited mapped superclass
	 * such as the places' {@code Division}; not {@code EditableEntity}'s version and
	 * timestamps) and not excluded.
	 */
	private static boolean audited(Class<?> type, String property) {
		Field field = ReflectionUtils.findField(type, property);
		return field != null && field.getDeclaringClass().isAnnotationPresent(Audited.class)
				&& !field.isAnnotationPresent(NotAudited.class);
	}

	/**
	 * The snapshot refers to historic copies of related records; the current record must
	 * refer to the live ones.
	 */
	private Object attached(Object value) {
		if (value instanceof HibernateProxy proxy) {
			return entityManager.getReference(proxy.getHibernateLazyInitializer().getPersistentClass(),
					proxy.getHibernateLazyInitializer().getInternalIdentifier());
		}
		if (value != null && value.getClass().isAnnotationPresent(Entity.class)) {
			return entityManager.getReference(value.getClass(),
					entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value));
		}
		return value;
	}

}
