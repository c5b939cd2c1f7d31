package org.civicatlas.place;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TownshipRepository extends JpaRepository<Township, String> {

	List<Township> findAllByOrderByCode();

}
