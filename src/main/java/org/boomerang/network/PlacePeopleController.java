package org.boomerang.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.NotFoundException;
import org.boomerang.mentoring.FlowIndex;
import org.boomerang.mentoring.NetworkLevel;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.CurrentCaller;
import org.boomerang.security.Reader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL for the person-level view of one place ({@code placePeople}): the window's
 * transfers in which either side stood at the place on the day, folded into people and
 * ties. Names only the people the reader may see; the others keep an opaque key so the
 * drawing still shows how many there are and whom they tie together.
 */
@Controller
class PlacePeopleController {

	/** People looked up for visibility in one query. */
	private static final int VISIBILITY_BATCH = 1000;

	private final NetworkRepository repository;

	private final FlowIndex flows;

	private final CurrentCaller caller;

	private final PersonRepository people;

	PlacePeopleController(NetworkRepository repository, FlowIndex flows, CurrentCaller caller,
			PersonRepository people) {
		this.repository = repository;
		this.flows = flows;
		this.caller = caller;
		this.people = people;
	}

	@QueryMapping
	PlacePeople placePeople(@Argument NetworkLevel level, @Argument String place, @Argument LocalDate since,
			@Argument LocalDate until) {
		CoordinatorAccess.require(this.caller.current(), "placePeople");
		NetworkController.window(since, until);
		if (!this.repository.placeExists(level, place)) {
			throw new NotFoundException(
					"place: there is no " + level.name().toLowerCase(Locale.ROOT) + " '" + place + "'");
		}
		Map<String, int[]> transfers = new HashMap<>();
		Set<String> inside = new HashSet<>();
		Map<List<String>, int[]> ties = new HashMap<>();
		this.flows.transfers(level, since, until, (row) -> {
			boolean fromHere = row.fromPlaces().contains(place);
			boolean toHere = row.toPlaces().contains(place);
			if (!fromHere && !toHere) {
				return;
			}
			transfers.computeIfAbsent(row.from(), (k) -> new int[1])[0]++;
			if (fromHere) {
				inside.add(row.from());
			}
			if (row.to().equals(row.from())) {
				return;
			}
			transfers.computeIfAbsent(row.to(), (k) -> new int[1])[0]++;
			if (toHere) {
				inside.add(row.to());
			}
			List<String> pair = (row.from().compareTo(row.to()) < 0) ? List.of(row.from(), row.to())
					: List.of(row.to(), row.from());
			ties.computeIfAbsent(pair, (k) -> new int[1])[0]++;
		});
		List<String> ids = new ArrayList<>(transfers.keySet());
		ids.sort(
				Comparator.comparingInt((String id) -> -transfers.get(id)[0]).thenComparing(Comparator.naturalOrder()));
		Map<String, Person> visible = visible(ids, this.caller.reader());
		// Hidden people are numbered in the order shown, which depends only on counts and
		// ids the reader never sees.
		Map<String, String> keys = new LinkedHashMap<>();
		List<PlacePeople.PlacePerson> list = new ArrayList<>();
		int hidden = 0;
		for (String id : ids) {
			Person person = visible.get(id);
			String key = (person != null) ? id : "hidden-" + (++hidden);
			keys.put(id, key);
			list.add(new PlacePeople.PlacePerson(key, person, inside.contains(id), transfers.get(id)[0]));
		}
		List<PlacePeople.PersonTie> tieList = new ArrayList<>();
		ties.forEach((pair, count) -> tieList
			.add(new PlacePeople.PersonTie(keys.get(pair.get(0)), keys.get(pair.get(1)), count[0])));
		tieList.sort(Comparator.comparingInt((PlacePeople.PersonTie t) -> -t.transfers())
			.thenComparing(PlacePeople.PersonTie::a)
			.thenComparing(PlacePeople.PersonTie::b));
		return new PlacePeople(list, tieList);
	}

	private Map<String, Person> visible(List<String> ids, Reader reader) {
		Map<String, Person> found = new HashMap<>();
		for (int start = 0; start < ids.size(); start += VISIBILITY_BATCH) {
			found.putAll(this.people.visibleByIds(ids.subList(start, Math.min(ids.size(), start + VISIBILITY_BATCH)),
					reader));
		}
		return found;
	}

}
