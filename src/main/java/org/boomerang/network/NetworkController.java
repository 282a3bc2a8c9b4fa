package org.boomerang.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.mentoring.NetworkLevel;
import org.boomerang.person.Person;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.CurrentCaller;
import org.boomerang.security.Reader;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL for the coordinator's workspace: the place network of a window, its brokers,
 * the skill gaps of a place, the monthly mentoring timeline, and the live
 * {@code networkChanged} subscription.
 */
@Controller
class NetworkController {

	/** The most brokers or skill gaps one answer may hold. */
	static final int MAX_FIRST = 100;

	/** People looked up for visibility at a time while brokers are picked. */
	private static final int VISIBILITY_BATCH = 200;

	private final NetworkService service;

	private final NetworkRepository repository;

	private final NetworkChanges changes;

	private final CurrentCaller caller;

	private final PersonRepository people;

	private final SkillRepository skills;

	NetworkController(NetworkService service, NetworkRepository repository, NetworkChanges changes,
			CurrentCaller caller, PersonRepository people, SkillRepository skills) {
		this.service = service;
		this.repository = repository;
		this.changes = changes;
		this.caller = caller;
		this.people = people;
		this.skills = skills;
	}

	@QueryMapping
	Network network(@Argument NetworkLevel level, @Argument LocalDate since, @Argument LocalDate until,
			@Argument String skill, @Argument String institution) {
		CoordinatorAccess.require(this.caller.current(), "network");
		window(since, until);
		if (skill != null && this.skills.byId(skill).isEmpty()) {
			throw new NotFoundException("skill: there is no skill '" + skill + "'");
		}
		if (institution != null && !this.repository.placeExists(NetworkLevel.INSTITUTION, institution)) {
			throw new NotFoundException("institution: there is no institution '" + institution + "'");
		}
		return this.service.network(level, since, until, skill, institution);
	}

	@QueryMapping
	List<BrokerEntry> brokers(@Argument NetworkLevel level, @Argument LocalDate since, @Argument LocalDate until,
			@Argument String institution, @Argument Integer first) {
		CoordinatorAccess.require(this.caller.current(), "brokers");
		window(since, until);
		int size = first(first);
		if (institution != null && !this.repository.placeExists(NetworkLevel.INSTITUTION, institution)) {
			throw new NotFoundException("institution: there is no institution '" + institution + "'");
		}
		BrokerRanking ranking = this.service.brokers(level, since, until);
		Reader reader = this.caller.reader();
		List<Broker> picked = new ArrayList<>();
		Map<String, Person> shown = new java.util.HashMap<>();
		List<Broker> all = ranking.brokers();
		// Walk the ranking in batches: a broker the reader may not see (or outside the
		// institution) is skipped, never named, and the next one takes the place.
		for (int start = 0; start < all.size() && picked.size() < size; start += VISIBILITY_BATCH) {
			List<Broker> batch = all.subList(start, Math.min(all.size(), start + VISIBILITY_BATCH));
			List<String> ids = batch.stream().map(Broker::person).toList();
			Set<String> allowed = (institution != null) ? this.repository.affiliatedNow(institution, ids)
					: new HashSet<>(ids);
			Map<String, Person> visible = this.people.visibleByIds(ids.stream().filter(allowed::contains).toList(),
					reader);
			for (Broker broker : batch) {
				if (picked.size() < size && visible.containsKey(broker.person())) {
					picked.add(broker);
					shown.put(broker.person(), visible.get(broker.person()));
				}
			}
		}
		Set<String> places = new HashSet<>();
		picked.forEach((b) -> places.addAll(b.bridges()));
		Map<String, String> names = this.repository.placeNames(level, places);
		return picked.stream()
			.map((b) -> new BrokerEntry(shown.get(b.person()), b.betweenness(),
					b.bridges().stream().map((p) -> new Place(p, names.getOrDefault(p, p), level)).toList(),
					b.transfers()))
			.toList();
	}

	@QueryMapping
	List<SkillGap> skillGaps(@Argument NetworkLevel level, @Argument String place, @Argument Integer first) {
		CoordinatorAccess.require(this.caller.current(), "skillGaps");
		int size = first(first);
		requirePlace(level, place);
		List<NetworkRepository.GapRow> gaps = this.repository.skillGaps(level, place)
			.stream()
			.filter((g) -> g.teachersInside() < g.wanters())
			.limit(size)
			.toList();
		Map<String, Skill> found = gaps.isEmpty() ? Map.of()
				: this.skills.byIds(gaps.stream().map(NetworkRepository.GapRow::skill).toList());
		return gaps.stream()
			.filter((g) -> found.containsKey(g.skill()))
			.map((g) -> new SkillGap(found.get(g.skill()), g.wanters(), g.teachersInside(), g.teachersElsewhere(),
					g.sources().stream().map((s) -> new Place(s.id(), s.name(), level)).toList()))
			.toList();
	}

	@QueryMapping
	List<MentoringMonth> mentoringTimeline(@Argument NetworkLevel level, @Argument String place,
			@Argument LocalDate since, @Argument LocalDate until) {
		CoordinatorAccess.require(this.caller.current(), "mentoringTimeline");
		window(since, until);
		if (place != null) {
			requirePlace(level, place);
		}
		return this.service.timeline(level, place, since, until);
	}

	@SubscriptionMapping
	Flux<NetworkChange> networkChanged(@Argument LocalDate since, @Argument LocalDate until) {
		CoordinatorAccess.require(this.caller.current(), "networkChanged");
		window(since, until);
		return this.changes.arrivals()
			.map((arrived) -> new NetworkChange(since, until, arrived.within(since, until), arrived.at()))
			.filter((change) -> change.transfers() > 0);
	}

	private void requirePlace(NetworkLevel level, String place) {
		if (!this.repository.placeExists(level, place)) {
			throw new NotFoundException(
					"place: there is no " + level.name().toLowerCase(java.util.Locale.ROOT) + " '" + place + "'");
		}
	}

	static void window(LocalDate since, LocalDate until) {
		if (since != null && until != null && until.isBefore(since)) {
			throw new BadRequestException("until (" + until + ") is before since (" + since
					+ "); both days are inclusive, so give an until on or after since");
		}
	}

	private static int first(Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException("first must be between 0 and " + MAX_FIRST + ", not " + size);
		}
		return size;
	}

}
