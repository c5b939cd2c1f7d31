package org.civicatlas.program;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramTypeRepository extends JpaRepository<ProgramType, String> {

	List<ProgramType> findAllByOrderByPosition();

}
