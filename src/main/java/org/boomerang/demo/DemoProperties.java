package org.boomerang.demo;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settings of the demo network loaded into an empty graph at start-up.
 *
 * @param enabled whether to load it (only ever into a graph without people)
 * @param people how many people to generate
 * @param seed the seed of the generator: the same seed gives the same network
 * @param asOf the date the network is "as of" (its transfers fall in the 18 months
 * before); fixed by default, so that every machine gets the same network on every day
 * @param prebuilt whether a new embedded store may start from the prebuilt demo store
 * shipped in the jar, when that store was made for these settings, instead of importing
 * the generated network
 */
@ConfigurationProperties("boomerang.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("400") int people,
		@DefaultValue("20260308") long seed,
		@DefaultValue(DemoProperties.DEFAULT_AS_OF) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
		@DefaultValue("true") boolean prebuilt) {

	/** The default "as of" date of the demo network. */
	public static final String DEFAULT_AS_OF = "2026-11-26";

	public DemoProperties {
		if (people < 1 || people > 100_000) {
			throw new IllegalArgumentException("boomerang.demo.people must be from 1 to 100000, not " + people);
		}
		if (asOf == null) {
			asOf = LocalDate.parse(DEFAULT_AS_OF);
		}
		if (asOf.isAfter(LocalDate.now())) {
			throw new IllegalArgumentException(
					"boomerang.demo.as-of must not be in the future (transfers record the past), not " + asOf);
		}
	}

}
