package org.civicatlas.system;

import java.util.Arrays;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL arrays read as lists: a null element stays null (it was the text "null" in
 * five copies).
 */
@PortalTest
class SqlArraysTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNullElementStaysNullAndANullArrayIsEmpty() {
		jdbc.sql("""
				select array['北海', null]::text[] as names, null::text[] as none,
				       array[3, null]::int[] as lines, array[9000000000, null]::bigint[] as ids""").query((rs, n) -> {
			assertThat(SqlArrays.strings(rs.getArray("names"))).isEqualTo(Arrays.asList("北海", null));
			assertThat(SqlArrays.strings(rs.getArray("none"))).isEmpty();
			assertThat(SqlArrays.ints(rs.getArray("lines"))).isEqualTo(Arrays.asList(3, null));
			assertThat(SqlArrays.longs(rs.getArray("ids"))).isEqualTo(Arrays.asList(9_000_000_000L, null));
			return n;
		}).single();
	}

}
