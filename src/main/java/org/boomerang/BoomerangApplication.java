package org.boomerang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.graphql.autoconfigure.security.GraphQlWebMvcSecurityAutoConfiguration;

/**
 * Boomerang: an expertise graph for reverse and reciprocal mentoring. Starts the service,
 * or runs one of the command-line tools ({@code import}, {@code import-esco},
 * {@code generate}).
 */
// web/GraphQlExceptions turns Spring Security's refusals into GraphQL errors too: one
// resolver for every error, instead of Boot's second one for security.
@SpringBootApplication(exclude = GraphQlWebMvcSecurityAutoConfiguration.class)
@ConfigurationPropertiesScan
public class BoomerangApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(BoomerangApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(BoomerangApplication.class, args);
	}

}
