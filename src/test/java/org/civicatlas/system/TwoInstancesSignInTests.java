package org.civicatlas.system;

import java.nio.file.Path;

import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL (the second started with
 * {@code spring.datasource.url} pointing at the first's embedded server): a sign-in on
 * one is valid on the other, and wrong passwords count on both together.
 */
class TwoInstancesSignInTests {

	private static final String USER = "ops-admin";

	private static final String PASSWORD = "two-instances-Test-4711";

	@TempDir
	Path dataDir;

	@Test
	void sessionsAndTheSignInThrottleAreSharedThroughTheDatabase() throws Exception {
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(CivicAtlasApplication.class).run(
				"--atlas.data-dir=" + dataDir, "--server.port=0", "--atlas.admin.user=" + USER,
				"--atlas.admin.password=" + PASSWORD)) {
			EmbeddedPostgresServer server = first.getBean(EmbeddedPostgresServer.class);
			try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CivicAtlasApplication.class).run(
					"--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=" + server.password(),
					"--server.port=0")) {
				PortalClient one = new PortalClient(first);
				PortalClient two = new PortalClient(second);
				assertThat(one.signIn(USER, PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/admin");
				assertThat(one.get("/admin").statusCode()).isEqualTo(200);
				two.cookiesFrom(one);
				assertThat(two.get("/admin").statusCode()).as("the session of instance one on instance two")
					.isEqualTo(200);

				PortalClient attacker = new PortalClient(first);
				for (int i = 0; i < 5; i++) {
					attacker.signIn("throttle-target", "wrong-" + i);
				}
				PortalClient sameClientOnTwo = new PortalClient(second);
				sameClientOnTwo.signIn("throttle-target", "wrong-again");
				assertThat(sameClientOnTwo.get("/admin/login?error").body())
					.as("counted on instance one, refused on two")
					.contains("登录失败次数过多");
			}
		}
	}

}
