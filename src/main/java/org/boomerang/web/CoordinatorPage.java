package org.boomerang.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the coordinator's workspace at {@code /coordinator} from the static page
 * {@code coordinator.html} (frontend-stub), beside the search page at {@code /}.
 */
@Configuration(proxyBeanMethods = false)
class CoordinatorPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/coordinator").setViewName("forward:/coordinator.html");
	}

}
