package org.boomerang.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one predicate of who may see a person ({@code queries/person/visible.fragment}),
 * run on its own over a small graph through the catalogue's fragment expansion.
 */
class VisibilityPredicateTests extends GraphTests {

	@BeforeEach
	void people() {
		write("""
				CREATE (h:Institution {id: 'inst:h'}), (u:Institution {id: 'inst:u'})
				CREATE (open:Person {id: 'open'}), (quiet:Person {id: 'quiet', visibility: 'INSTITUTION'}),
				       (hidden:Person {id: 'hidden', visibility: 'PRIVATE'}), (reader:Person {id: 'reader'}),
				       (left:Person {id: 'left', visibility: 'INSTITUTION'}), (partner:Person {id: 'partner', visibility: 'PRIVATE'}),
				       (cohort:Person {id: 'cohort', visibility: 'PRIVATE'})
				CREATE (quiet)-[:AFFILIATED_WITH]->(h), (reader)-[:AFFILIATED_WITH]->(h),
				       (left)-[:AFFILIATED_WITH {to: date('2020-01-01')}]->(h), (hidden)-[:AFFILIATED_WITH]->(h)
				CREATE (m:Mentorship {id: 'm'})-[:MENTOR]->(partner), (m)-[:MENTEE]->(reader)
				CREATE (prog:Programme {id: 'prog'})-[:COORDINATED_BY]->(reader), (cohort)-[:ENROLLED_IN {as: 'MENTEE'}]->(prog)
				""",
				Map.of());
	}

	@Test
	void a_staff_member_sees_network_people_colleagues_of_a_current_institution_themself_and_their_mentoring_partner() {
		assertThat(visible(reader("reader", false, false, "inst:h"))).containsExactly("open", "partner", "quiet",
				"reader");
	}

	@Test
	void a_coordinator_also_sees_the_private_people_enrolled_in_their_programmes() {
		assertThat(visible(reader("reader", false, true, "inst:h"))).containsExactly("cohort", "open", "partner",
				"quiet", "reader");
	}

	@Test
	void someone_from_another_institution_sees_only_network_people() {
		assertThat(visible(reader("outsider", false, false, "inst:u"))).containsExactly("open", "reader");
	}

	@Test
	void an_admin_sees_everyone() {
		assertThat(visible(reader(null, true, false))).containsExactly("cohort", "hidden", "left", "open", "partner",
				"quiet", "reader");
	}

	@Test
	void nobody_in_particular_sees_network_people_only() {
		assertThat(visible(reader(null, false, false))).containsExactly("open", "reader");
	}

	private List<String> visible(Map<String, Object> reader) {
		return read(this.queries.get("testing/visible-people"), Map.of("reader", reader)).records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
	}

	private static Map<String, Object> reader(String id, boolean admin, boolean coordinator, String... institutions) {
		Map<String, Object> reader = new HashMap<>();
		reader.put("id", id);
		reader.put("admin", admin);
		reader.put("coordinator", coordinator);
		reader.put("institutions", new ArrayList<>(List.of(institutions)));
		return reader;
	}

}
