package org.boomerang.demo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPropertiesTests {

	private static DemoProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("boomerang.demo",
				DemoProperties.class);
	}

	@Test
	void defaults_are_enabled_400_people_and_a_fixed_seed_as_of_today() {
		DemoProperties properties = bind(Map.of());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.people()).isEqualTo(400);
		assertThat(properties.seed()).isEqualTo(20260308L);
		assertThat(properties.asOfOrToday()).isEqualTo(LocalDate.now());
	}

	@Test
	void an_as_of_date_is_read_in_iso_form() {
		DemoProperties properties = bind(Map.of("boomerang.demo.as-of", "2026-06-30", "boomerang.demo.people", "300"));
		assertThat(properties.asOfOrToday()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(properties.people()).isEqualTo(300);
	}

}
