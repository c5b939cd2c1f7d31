package org.civicatlas.system;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Public pages are open to everyone; the admin side needs a signed-in editor, its user
 * management an administrator, and the actuator (beyond health) an administrator too. Who
 * may sign in, and how often they may fail, is the admin module's
 * {@code AuthenticationProvider}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts and styles only from our own files (no inline script, no style attribute),
	 * images also as data URIs (Bootstrap's icons in its CSS), no plugins, no framing by
	 * other sites.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/admin/users/**", "/admin/history/user/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasAnyRole("ADMIN", "EDITOR")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/admin/login")
				.successHandler(backToTheAskedForPage())
				.failureUrl("/admin/login?error"))
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signedOut"))
			// public pages change nothing and take no form: a PUT or DELETE there is
			// answered 405 by the
			// page itself rather than 403 for a missing token; the readers' problem
			// reports (POST /reports)
			// are the one public form, and carry a token like the admin's
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> !request.getRequestURI().startsWith("/admin")
					&& !request.getRequestURI().startsWith("/actuator") && !request.getRequestURI().equals("/reports")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * After sign-in, the admin page that sent the editor to sign in, else the dashboard;
	 * always as a path on this site. Spring Security remembers the asked-for page as an
	 * absolute URL built from the request's {@code Host} header, so a made-up host
	 * ({@code Host: evil.example}) came back as the redirect after sign-in
	 * ({@code SignInRedirectTests}).
	 */
	private static AuthenticationSuccessHandler backToTheAskedForPage() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/admin");
		handler.setRedirectStrategy(new DefaultRedirectStrategy() {

			@Override
			protected String calculateRedirectUrl(String contextPath, String url) {
				if (!UrlUtils.isAbsoluteUrl(url)) {
					return super.calculateRedirectUrl(contextPath, url);
				}
				UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
				// one leading slash: "//host/..." would name another site again
				String path = uri.getPath() == null ? "/" : uri.getPath().replaceFirst("^/+", "/");
				return uri.getQuery() == null ? path : path + "?" + uri.getQuery();
			}

		});
		return handler;
	}

}
