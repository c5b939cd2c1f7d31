package org.civicatlas.admin.history;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names Envers' tables and columns as V6__audit.sql creates them. */
@Configuration(proxyBeanMethods = false)
class EnversConfiguration {

	@Bean
	HibernatePropertiesCustomizer enversNaming() {
		return properties -> {
			properties.put("org.hibernate.envers.audit_table_suffix", "_aud");
			properties.put("org.hibernate.envers.revision_field_name", "rev");
			properties.put("org.hibernate.envers.revision_type_field_name", "revtype");
			properties.put("org.hibernate.envers.embeddable_set_ordinal_field_name", "setordinal");
		};
	}

}
