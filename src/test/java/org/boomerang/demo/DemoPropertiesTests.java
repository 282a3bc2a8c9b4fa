package org.boomerang.demo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPropertiesTests {

	private static DemoProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("boomerang.demo",
				DemoProperties.class);
	}

	@Test
	void defaults_are_enabled_400_people_a_fixed_seed_and_a_fixed_date_from_the_prebuilt_store() {
		DemoProperties properties = bind(Map.of());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.people()).isEqualTo(400);
		assertThat(properties.seed()).isEqualTo(20260308L);
		assertThat(properties.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(properties.prebuilt()).isTrue();
	}

	@Test
	void an_as_of_date_is_read_in_iso_form() {
		DemoProperties properties = bind(Map.of("boomerang.demo.as-of", "2026-06-30", "boomerang.demo.people", "300"));
		assertThat(properties.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(properties.people()).isEqualTo(300);
	}

	@Test
	void an_as_of_date_in_the_future_is_refused_by_name() {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		assertThatThrownBy(() -> bind(Map.of("boomerang.demo.as-of", tomorrow))).rootCause()
			.hasMessageContaining("boomerang.demo.as-of must not be in the future")
			.hasMessageContaining(tomorrow);
	}

}
