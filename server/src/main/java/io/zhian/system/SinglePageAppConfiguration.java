package io.zhian.system;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web UI from the jar. Client-side routes (/dashboard, /admin/users…) have no file of their own,
 * so any path that is not a file and not an API answers index.html and the router takes over; unknown API
 * paths still get a numbered 404.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfiguration implements WebMvcConfigurer {

	private static final Resource INDEX = new ClassPathResource("static/index.html");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected Resource getResource(String path, Resource location) throws IOException {
					Resource file = super.getResource(path, location);
					if (file != null) {
						return file;
					}
					boolean server = path.startsWith("api/") || path.startsWith("v3/") || path.startsWith("actuator")
							|| path.startsWith("swagger-ui");
					return server || path.contains(".") || !INDEX.exists() ? null : INDEX;
				}
			});
	}
}
