package org.boomerang.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the people's mentoring page at {@code /mentoring} and the coordinators'
 * programmes page at {@code /programmes}, the static files {@code mentoring.html} and
 * {@code programmes.html} beside the search page, so the addresses people bookmark do not
 * carry a file name.
 */
@Configuration(proxyBeanMethods = false)
class MentoringPages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/mentoring").setViewName("forward:/mentoring.html");
		registry.addViewController("/programmes").setViewName("forward:/programmes.html");
	}

}
