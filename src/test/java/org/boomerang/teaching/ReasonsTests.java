package org.boomerang.teaching;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonsTests {

	@Test
	void an_average_rating_is_written_exactly_as_percent_point_one_f_writes_it() {
		int checked = 0;
		for (int count = 1; count <= 60; count++) {
			for (int sum = count; sum <= 5 * count; sum++) {
				double average = (double) sum / count;
				assertThat(Reasons.oneDecimal(average)).as(sum + "/" + count)
					.isEqualTo(String.format(Locale.ROOT, "%.1f", average));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(7000);
	}

}
