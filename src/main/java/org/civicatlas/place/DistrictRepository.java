package org.civicatlas.place;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictRepository extends JpaRepository<District, String> {

	List<District> findAllByOrderByCode();

}
