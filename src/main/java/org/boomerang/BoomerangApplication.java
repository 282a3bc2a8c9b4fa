package org.boomerang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Boomerang: an expertise graph for reverse and reciprocal mentoring. Starts the service,
 * or runs one of the command-line tools ({@code import}, {@code import-esco},
 * {@code generate}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BoomerangApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(BoomerangApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(BoomerangApplication.class, args);
	}

}
