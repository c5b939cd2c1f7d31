package org.civicatlas.article;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourcePageRepository extends JpaRepository<SourcePage, Long> {

}
