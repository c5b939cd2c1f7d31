package org.civicatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CivicAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(CivicAtlasApplication.class, args);
	}

}
