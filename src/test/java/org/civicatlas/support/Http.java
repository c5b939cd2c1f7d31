package org.civicatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Calls the running portal over HTTP as a browser does (no redirects followed, HTML
 * preferred).
 */
@TestComponent
public class Http {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Environment environment;

	Http(Environment environment) {
		this.environment = environment;
	}

	public HttpResponse<String> get(String path) {
		return get(path, "zh-CN,zh;q=0.9");
	}

	public HttpResponse<String> get(String path, String acceptLanguage) {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
			.header("Accept-Language", acceptLanguage)
			.build();
		return send(request);
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
	}

}
