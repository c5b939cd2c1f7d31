package org.civicatlas.program;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramSubtypeRepository extends JpaRepository<ProgramSubtype, String> {

	List<ProgramSubtype> findAllByOrderByPosition();

}
