package org.civicatlas.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Public pages with a data-version ETag and 304 answers ({@link PublicPageCaching}). Kept
 * apart from {@link WebCachingConfiguration}: that one is a {@code WebMvcConfigurer},
 * which controller slice tests load, and this filter needs the database's
 * {@link DataVersion}.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCachingConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(DataVersion versions, PublicCache cache)
			throws IOException {
		FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(
				new PublicPageCaching(versions, build(), new RenderedPages(cache)));
		// after the request context (-105), so the stamp is remembered for the request;
		// before security (-100)
		registration.setOrder(-101);
		return registration;
	}

	/**
	 * A stamp of what the pages are made of besides the data (templates, texts): part of
	 * the ETag, so a new release does not answer 304 with an old page, while instances of
	 * one release agree.
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
