package org.civicatlas.opendata;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import org.civicatlas.system.Cursors;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes {@code {"<name>": [ … ]}} to the response as the rows arrive, with the
 * application's JSON mapper (so each record looks as it did when the whole list was
 * rendered at once).
 */
@Component
class JsonDownload {

	private final ObjectMapper mapper;

	JsonDownload(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	<T> void write(HttpServletResponse response, String name, Cursors.Rows<T> rows) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		try (JsonGenerator json = mapper.createGenerator(response.getOutputStream())) {
			json.writeStartObject();
			json.writeName(name);
			json.writeStartArray();
			rows.into(row -> mapper.writeValue(json, row));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

}
