package org.civicatlas.system;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * HTTP caching (docs/performance.md): static files and WebJars under content-hashed URLs,
 * sent with a year's {@code max-age} and {@code immutable}; public pages with a
 * data-version ETag and 304 answers ({@link PublicPageCachingConfiguration}); links to
 * static files rewritten to their hashed URLs ({@link StaticLinkEncodingFilter}).
 * Registered before Boot's own resource handlers, which then leave these patterns alone.
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

	// a bean of the filter's own type: Boot then registers no ResourceUrlEncodingFilter
	// of its own
	// (it did beside a FilterRegistrationBean of this one, and both looked up every link)
	@Bean
	StaticLinkEncodingFilter staticLinkEncodingFilter() {
		return new StaticLinkEncodingFilter();
	}

}
