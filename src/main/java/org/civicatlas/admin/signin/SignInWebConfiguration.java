package org.civicatlas.admin.signin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SignInWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PasswordChangeInterceptor())
			.addPathPatterns("/admin", "/admin/**")
			.excludePathPatterns("/admin/login", "/admin/password");
	}

}
