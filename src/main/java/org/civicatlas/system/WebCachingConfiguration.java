package org.civicatlas.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * HTTP caching (docs/performance.md): static files and WebJars under content-hashed URLs, sent with
 * a year's {@code max-age} and {@code immutable}; public pages with a data-version ETag and 304
 * answers ({@link PublicPageCaching}); links to static files rewritten to their hashed URLs
 * ({@link StaticLinkEncodingFilter}). Registered before Boot's own resource handlers, which then
 * leave these patterns alone.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebCachingConfiguration implements WebMvcConfigurer {

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	// a bean of the filter's own type: Boot then registers no ResourceUrlEncodingFilter of its own
	// (it did beside a FilterRegistrationBean of this one, and both looked up every link)
	@Bean
	StaticLinkEncodingFilter staticLinkEncodingFilter() {
		return new StaticLinkEncodingFilter();
	}

	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(DataVersion versions) throws IOException {
		FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(
				new PublicPageCaching(versions, build()));
		// after the request context (-105), so the stamp is remembered for the request; before security (-100)
		registration.setOrder(-101);
		return registration;
	}

	/**
	 * A stamp of what the pages are made of besides the data (templates, texts): part of the ETag, so
	 * a new release does not answer 304 with an old page, while instances of one release agree.
	 */
	static String build() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:{templates/**/*.html,messages*.properties,i18n/*.properties}");
		Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
		CRC32 crc = new CRC32();
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				crc.update(in.readAllBytes());
			}
		}
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

}
