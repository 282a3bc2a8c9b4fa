package org.boomerang.security;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall's header rule, written as a loop for speed, says what Spring Security's
 * own regular expression says for every code point and for the strings that matter.
 */
class HeaderRuleTests {

	/** Spring Security's rule for header names and values (StrictHttpFirewall). */
	private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	@Test
	void every_code_point_is_judged_as_spring_security_judges_it() {
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			String text = new String(Character.toChars(c));
			assertThat(SecurityConfiguration.printable(text)).as("U+%04X", c).isEqualTo(SPRING.matcher(text).matches());
		}
	}

	@Test
	void tokens_and_ordinary_values_pass_and_control_characters_anywhere_do_not() {
		assertThat(SecurityConfiguration.printable("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2ln-_")).isTrue();
		assertThat(SecurityConfiguration.printable("")).isTrue();
		assertThat(SecurityConfiguration.printable("Ärztin Zoë, 東京")).isTrue();
		assertThat(SecurityConfiguration.printable("Bearer abc\r\nX-Injected: 1")).isFalse();
		assertThat(SecurityConfiguration.printable("tab\there")).isFalse();
		assertThat(SecurityConfiguration.printable("end\u007F")).isFalse();
		assertThat(SecurityConfiguration.printable("\u0085next line")).isFalse();
		assertThat(SecurityConfiguration.printable("unassigned \uFFFF")).isFalse();
	}

}
