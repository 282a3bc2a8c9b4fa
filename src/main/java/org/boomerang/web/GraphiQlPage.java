package org.boomerang.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@code /graphiql} from the bundled page
 * {@code static/graphiql/index.html}, whose scripts and styles come from webjars inside
 * the jar (hospital networks often have no open internet, so no CDN).
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
