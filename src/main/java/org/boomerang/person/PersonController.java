package org.boomerang.person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL reads of people.
 */
@Controller
class PersonController {

	private final PersonLookup people;

	PersonController(PersonLookup people) {
		this.people = people;
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.people.byId(id).orElse(null);
	}

}
