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
 * before); empty for today
 */
@ConfigurationProperties("boomerang.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("400") int people,
		@DefaultValue("20260308") long seed, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

	public DemoProperties {
		if (people < 1 || people > 100_000) {
			throw new IllegalArgumentException("boomerang.demo.people must be from 1 to 100000, not " + people);
		}
	}

	/**
	 * The "as of" date to generate for.
	 * @return the configured date, or today
	 */
	public LocalDate asOfOrToday() {
		return (this.asOf != null) ? this.asOf : LocalDate.now();
	}

}
