package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Knowledge flows, counted in memory over compact columns of every transfer (day, people,
 * skill, and the time-of-event contexts of both sides as small integers).
 * <p>
 * Why in memory: distinct people per pair over an arbitrary window cannot be summed from
 * pre-aggregated buckets, and a Cypher aggregation over a year of a million transfers
 * takes seconds; a scan over int arrays takes milliseconds. The columns are derived
 * state, like the skill search index: transfers are immutable and their contexts are
 * snapshots, so the columns only ever grow. Each flow query first asks the graph for the
 * number of transfers and the newest {@code createdAt} (one cheap read) and catches up
 * when they differ: new transfers are appended, anything else (deletions) rebuilds. That
 * keeps several instances sharing one database correct without any messaging.
 */
@Component
public class FlowIndex {

	private static final Logger log = LoggerFactory.getLogger(FlowIndex.class);

	/** Up to this many places of a level, pairs are counted in a dense matrix. */
	private static final int DENSE = 1500;

	static final byte OTHER = 0;

	static final byte REVERSE = 1;

	static final byte TRADITIONAL = 2;

	static final byte MENTOR_TAUGHT = 1;

	static final byte MENTEE_TAUGHT = 2;

	private final FlowRepository repository;

	private Columns columns = new Columns();

	private volatile Snapshot snapshot = this.columns.snapshot();

	FlowIndex(FlowRepository repository) {
		this.repository = repository;
	}

	/**
	 * The flows of a window.
	 * @param level communities, professions or institutions
	 * @param since first day counted, or null for no lower bound
	 * @param until last day counted (inclusive), or null for no upper bound
	 * @param skillId only transfers of this skill, or null for all
	 * @return one flow per ordered pair with transfers, most transfers first, endpoints
	 * as ids
	 */
	List<Flow> flows(NetworkLevel level, LocalDate since, LocalDate until, String skillId) {
		return current().flows(level, (since != null) ? since.toEpochDay() : Long.MIN_VALUE,
				(until != null) ? until.toEpochDay() : Long.MAX_VALUE, skillId);
	}

	/**
	 * The place network of a window: per place, the people who taught or learned there
	 * and the transfers in and out; per ordered pair of places, the transfers, people and
	 * how many were reverse mentoring and within reciprocal mentorships. Counted as
	 * {@link #flows} counts (each pair of the two sides' places).
	 * @param level communities, professions or institutions
	 * @param since first day counted, or null
	 * @param until last day counted (inclusive), or null
	 * @param skillId only transfers of this skill, or null for all
	 * @param institutionId only transfers with a side at this institution, or null
	 * @return the network, places by id
	 */
	public PlaceNetwork network(NetworkLevel level, LocalDate since, LocalDate until, String skillId,
			String institutionId) {
		return current().network(level, day(since, Long.MIN_VALUE), day(until, Long.MAX_VALUE), skillId, institutionId);
	}

	/**
	 * Transfers per month of a window, by direction and within reciprocal mentorships,
	 * from the first month with transfers to the last (months between without any
	 * included, at zero).
	 * @param level the level of the place
	 * @param placeId only transfers with a side there, or null for everywhere
	 * @param since first day counted, or null
	 * @param until last day counted (inclusive), or null
	 * @return the months, oldest first
	 */
	public List<MonthCounts> months(NetworkLevel level, String placeId, LocalDate since, LocalDate until) {
		return current().months(level, placeId, day(since, Long.MIN_VALUE), day(until, Long.MAX_VALUE));
	}

	/**
	 * Streams the transfers of a window with both sides' places of one level, oldest
	 * written first.
	 * @param level the level of the places
	 * @param since first day, or null
	 * @param until last day (inclusive), or null
	 * @param rows receives each transfer
	 */
	public void transfers(NetworkLevel level, LocalDate since, LocalDate until, Consumer<PlaceTransfer> rows) {
		current().transfers(level, day(since, Long.MIN_VALUE), day(until, Long.MAX_VALUE), rows);
	}

	/**
	 * A transfer with both sides' places of one level on its day.
	 *
	 * @param from the teacher's id
	 * @param fromPlaces the teacher's places
	 * @param to the learner's id
	 * @param toPlaces the learner's places
	 */
	public record PlaceTransfer(String from, List<String> fromPlaces, String to, List<String> toPlaces) {
	}

	private static long day(LocalDate date, long open) {
		return (date != null) ? date.toEpochDay() : open;
	}

	/**
	 * A place network by ids.
	 *
	 * @param nodes places with transfers, by id
	 * @param edges ordered pairs of places with transfers
	 */
	public record PlaceNetwork(List<PlaceNode> nodes, List<PlaceEdge> edges) {
	}

	/**
	 * A place of a network.
	 *
	 * @param id the place's id
	 * @param people distinct people who taught or learned there
	 * @param transfersIn transfers from other places
	 * @param transfersOut transfers to other places
	 */
	public record PlaceNode(String id, int people, int transfersIn, int transfersOut) {
	}

	/**
	 * An ordered pair of places.
	 *
	 * @param from teachers' place
	 * @param to learners' place
	 * @param transfers transfers
	 * @param people distinct people
	 * @param reverse transfers that were reverse mentoring
	 * @param reciprocal transfers within reciprocal mentorships
	 */
	public record PlaceEdge(String from, String to, int transfers, int people, int reverse, int reciprocal) {
	}

	/**
	 * One month's transfers.
	 *
	 * @param month the month
	 * @param transfers all of them
	 * @param reverse reverse mentoring
	 * @param traditional traditional mentoring
	 * @param peer the rest (peers, or no direction known)
	 * @param reciprocal within reciprocal mentorships
	 */
	public record MonthCounts(YearMonth month, int transfers, int reverse, int traditional, int peer, int reciprocal) {
	}

	/**
	 * Brings the columns up to date with the graph.
	 * @return the current snapshot
	 */
	Snapshot current() {
		FlowRepository.Watermark watermark = this.repository.watermark();
		Snapshot seen = this.snapshot;
		if (seen.matches(watermark)) {
			return seen;
		}
		synchronized (this) {
			watermark = this.repository.watermark();
			if (this.snapshot.matches(watermark)) {
				return this.snapshot;
			}
			long start = System.nanoTime();
			Columns growing = this.columns;
			boolean append = growing.total > 0 && growing.latest != null && watermark.latest() != null
					&& watermark.total() > growing.total && watermark.latest().isAfter(growing.latest);
			if (append) {
				this.repository.transfersAfter(growing.latest, growing::add);
			}
			// The appended rows are right only when no transfer was deleted meanwhile:
			// then, and only then, the counts agree.
			if (!append || growing.total != watermark.total()) {
				growing = new Columns();
				this.repository.transfersAfter(null, growing::add);
			}
			this.columns = growing;
			this.snapshot = growing.snapshot();
			long ms = (System.nanoTime() - start) / 1_000_000;
			if (ms > 1000) {
				log.info("Flow index {} to {} transfers in {} ms", append ? "caught up" : "rebuilt", growing.total, ms);
			}
			return this.snapshot;
		}
	}

	/**
	 * A flow between two places, by id.
	 *
	 * @param from teachers' place
	 * @param to learners' place
	 * @param transfers transfers counted
	 * @param people distinct people
	 * @param skills distinct skills
	 */
	record Flow(String from, String to, int transfers, int people, SkillSet skills) {
	}

	/**
	 * The distinct skills of a flow, turned into ids only when asked for: a year of
	 * transfers between many communities has thousands of pairs with hundreds of skills
	 * each, and most answers do not ask for them.
	 */
	static final class SkillSet {

		private final BitSet indexes;

		private final String[] ids;

		SkillSet(BitSet indexes, String[] ids) {
			this.indexes = indexes;
			this.ids = ids;
		}

		List<String> ids() {
			List<String> list = new ArrayList<>(this.indexes.cardinality());
			this.indexes.stream().forEach((s) -> list.add(this.ids[s]));
			return list;
		}

	}

	/**
	 * The growing columns. Only the thread holding the index's lock writes; readers see a
	 * {@link Snapshot} that shares the arrays but reads only the rows published to it
	 * (appends go beyond them, and a grown array is a new array).
	 */
	static final class Columns {

		int size;

		int[] day = new int[1024];

		int[] from = new int[1024];

		int[] to = new int[1024];

		int[] skill = new int[1024];

		/** {@link #REVERSE}, {@link #TRADITIONAL} or {@link #OTHER}. */
		byte[] direction = new byte[1024];

		/** The mentorship's index, or -1 outside any. */
		int[] mentorship = new int[1024];

		final Dictionary mentorships = new Dictionary();

		/** Per mentorship: its mentor and mentee (people indexes). */
		int[] mentorOf = new int[256];

		int[] menteeOf = new int[256];

		/**
		 * Per mentorship: {@link #MENTOR_TAUGHT} and {@link #MENTEE_TAUGHT} as seen so
		 * far.
		 */
		byte[] taught = new byte[256];

		/** Per level (in NetworkLevel order) and side (from = 0, to = 1). */
		final IntLists[] contexts = new IntLists[6];

		final Dictionary people = new Dictionary();

		final Dictionary skills = new Dictionary();

		/** Per level: community, profession, institution ids. */
		final Dictionary[] places = { new Dictionary(), new Dictionary(), new Dictionary() };

		long total;

		ZonedDateTime latest;

		Columns() {
			for (int i = 0; i < this.contexts.length; i++) {
				this.contexts[i] = new IntLists();
			}
		}

		void add(FlowRepository.FlowRow row) {
			if (this.size == this.day.length) {
				int grown = this.size * 2;
				this.day = Arrays.copyOf(this.day, grown);
				this.from = Arrays.copyOf(this.from, grown);
				this.to = Arrays.copyOf(this.to, grown);
				this.skill = Arrays.copyOf(this.skill, grown);
				this.direction = Arrays.copyOf(this.direction, grown);
				this.mentorship = Arrays.copyOf(this.mentorship, grown);
			}
			int i = this.size;
			this.day[i] = (int) row.on().toEpochDay();
			this.from[i] = this.people.index(row.from());
			this.to[i] = this.people.index(row.to());
			this.skill[i] = this.skills.index(row.skill());
			this.direction[i] = "REVERSE".equals(row.direction()) ? REVERSE
					: "TRADITIONAL".equals(row.direction()) ? TRADITIONAL : OTHER;
			this.mentorship[i] = (row.mentorship() != null) ? mentorship(row) : -1;
			for (int level = 0; level < 3; level++) {
				this.contexts[level * 2].add(row.fromContext().get(level), this.places[level]);
				this.contexts[level * 2 + 1].add(row.toContext().get(level), this.places[level]);
			}
			this.size++;
			this.total++;
			if (row.createdAt() != null && (this.latest == null || row.createdAt().isAfter(this.latest))) {
				this.latest = row.createdAt();
			}
		}

		/** The mentorship's index, noting which of its two sides taught in this row. */
		private int mentorship(FlowRepository.FlowRow row) {
			int known = this.mentorships.size();
			int m = this.mentorships.index(row.mentorship());
			if (m == known) {
				if (m == this.taught.length) {
					this.mentorOf = Arrays.copyOf(this.mentorOf, m * 2);
					this.menteeOf = Arrays.copyOf(this.menteeOf, m * 2);
					this.taught = Arrays.copyOf(this.taught, m * 2);
				}
				this.mentorOf[m] = (row.mentor() != null) ? this.people.index(row.mentor()) : -1;
				this.menteeOf[m] = (row.mentee() != null) ? this.people.index(row.mentee()) : -1;
			}
			int teacher = this.from[this.size];
			if (teacher == this.mentorOf[m]) {
				this.taught[m] |= MENTOR_TAUGHT;
			}
			if (teacher == this.menteeOf[m]) {
				this.taught[m] |= MENTEE_TAUGHT;
			}
			return m;
		}

		Snapshot snapshot() {
			IntLists.View[] views = new IntLists.View[6];
			for (int i = 0; i < views.length; i++) {
				views[i] = this.contexts[i].view();
			}
			// Whether a mentorship is reciprocal can change with a later row: each
			// snapshot keeps the flags as of its own rows.
			BitSet reciprocal = new BitSet(this.mentorships.size());
			for (int m = 0; m < this.mentorships.size(); m++) {
				if (this.taught[m] == (MENTOR_TAUGHT | MENTEE_TAUGHT)) {
					reciprocal.set(m);
				}
			}
			return new Snapshot(this.size, this.day, this.from, this.to, this.skill, views, this.skills.view(),
					this.skills.size(),
					new String[][] { this.places[0].view(), this.places[1].view(), this.places[2].view() },
					new int[] { this.places[0].size(), this.places[1].size(), this.places[2].size() },
					this.people.size(), this.total, this.latest, this.direction, this.mentorship, reciprocal,
					this.people.view());
		}

	}

	/**
	 * What one query reads: the first {@code size} rows of the columns.
	 */
	record Snapshot(int size, int[] day, int[] from, int[] to, int[] skill, IntLists.View[] contexts, String[] skillIds,
			int skillCount, String[][] placeIds, int[] placeCounts, int peopleCount, long total, ZonedDateTime latest,
			byte[] direction, int[] mentorship, BitSet reciprocal, String[] personIds) {

		boolean matches(FlowRepository.Watermark watermark) {
			return watermark.total() == this.total && ((watermark.latest() == null) ? this.latest == null
					: this.latest != null && watermark.latest().isEqual(this.latest));
		}

		List<Flow> flows(NetworkLevel level, long since, long until, String skillId) {
			int wanted = -1;
			if (skillId != null) {
				wanted = Arrays.asList(this.skillIds).indexOf(skillId);
				if (wanted < 0) {
					return List.of();
				}
			}
			IntLists.View fromPlaces = this.contexts[level.ordinal() * 2];
			IntLists.View toPlaces = this.contexts[level.ordinal() * 2 + 1];
			int[] fromOffsets = fromPlaces.offsets();
			int[] fromValues = fromPlaces.values();
			int[] toOffsets = toPlaces.offsets();
			int[] toValues = toPlaces.values();
			// Places of one level are few, so every ordered pair has a cell in a dense
			// matrix: no hashing or boxing in the loop. Past DENSE places a map takes
			// over.
			int places = this.placeCounts[level.ordinal()];
			String[] placeIds = this.placeIds[level.ordinal()];
			Cells cells = (places <= DENSE) ? new DenseCells(places * places) : new SparseCells();
			int[] touched = new int[16];
			int touchedCount = 0;
			for (int i = 0; i < this.size; i++) {
				int d = this.day[i];
				if (d < since || d > until || (wanted >= 0 && this.skill[i] != wanted)) {
					continue;
				}
				int fromEnd = fromOffsets[i + 1];
				int toStart = toOffsets[i];
				int toEnd = toOffsets[i + 1];
				for (int a = fromOffsets[i]; a < fromEnd; a++) {
					int row = fromValues[a] * places;
					for (int b = toStart; b < toEnd; b++) {
						int cell = row + toValues[b];
						Aggregate aggregate = cells.get(cell);
						if (aggregate == null) {
							aggregate = new Aggregate(this.skillCount);
							cells.put(cell, aggregate);
							if (touchedCount == touched.length) {
								touched = Arrays.copyOf(touched, touchedCount * 2);
							}
							touched[touchedCount++] = cell;
						}
						aggregate.add(this.from[i], this.to[i], this.skill[i]);
					}
				}
			}
			List<Flow> flows = new ArrayList<>(touchedCount);
			// Distinct people per pair: one stamp array, re-used pair after pair.
			int[] stamp = new int[this.peopleCount];
			Arrays.fill(stamp, -1);
			for (int k = 0; k < touchedCount; k++) {
				int cell = touched[k];
				Aggregate aggregate = cells.get(cell);
				flows.add(new Flow(placeIds[cell / places], placeIds[cell % places], aggregate.transfers,
						distinct(aggregate.people, aggregate.peopleSize, stamp, k),
						new SkillSet(aggregate.skills, this.skillIds)));
			}
			flows.sort(Comparator.comparingInt(Flow::transfers)
				.reversed()
				.thenComparing(Flow::from)
				.thenComparing(Flow::to));
			return flows;
		}

		/** Whether row i is in a window (and of the skill, when one is given). */
		private boolean inWindow(int i, long since, long until, int skill) {
			int d = this.day[i];
			return d >= since && d <= until && (skill < 0 || this.skill[i] == skill);
		}

		/** Whether either side of row i was at a place of a level. */
		private boolean touches(int i, int level, int place) {
			for (int side = 0; side < 2; side++) {
				IntLists.View view = this.contexts[level * 2 + side];
				for (int k = view.offsets()[i]; k < view.offsets()[i + 1]; k++) {
					if (view.values()[k] == place) {
						return true;
					}
				}
			}
			return false;
		}

		/** The index of an id among the first {@code count} of a dictionary, or -1. */
		private static int indexOf(String[] ids, int count, String id) {
			for (int k = 0; k < count; k++) {
				if (ids[k].equals(id)) {
					return k;
				}
			}
			return -1;
		}

		PlaceNetwork network(NetworkLevel level, long since, long until, String skillId, String institutionId) {
			int wanted = (skillId != null) ? indexOf(this.skillIds, this.skillCount, skillId) : -1;
			int institutionLevel = NetworkLevel.INSTITUTION.ordinal();
			int institution = (institutionId != null)
					? indexOf(this.placeIds[institutionLevel], this.placeCounts[institutionLevel], institutionId) : -1;
			if ((skillId != null && wanted < 0) || (institutionId != null && institution < 0)) {
				return new PlaceNetwork(List.of(), List.of());
			}
			int l = level.ordinal();
			int places = this.placeCounts[l];
			String[] placeIds = this.placeIds[l];
			IntLists.View fromPlaces = this.contexts[l * 2];
			IntLists.View toPlaces = this.contexts[l * 2 + 1];
			Cells cells = (places <= DENSE) ? new DenseCells(places * places) : new SparseCells();
			int[] touched = new int[16];
			int touchedCount = 0;
			// Per place, its people (repeats included, dropped at the end).
			int[][] placePeople = new int[places][];
			int[] placePeopleSize = new int[places];
			for (int i = 0; i < this.size; i++) {
				if (!inWindow(i, since, until, wanted)
						|| (institution >= 0 && !touches(i, institutionLevel, institution))) {
					continue;
				}
				boolean reverse = this.direction[i] == REVERSE;
				boolean reciprocal = this.mentorship[i] >= 0 && this.reciprocal.get(this.mentorship[i]);
				for (int a = fromPlaces.offsets()[i]; a < fromPlaces.offsets()[i + 1]; a++) {
					add(placePeople, placePeopleSize, fromPlaces.values()[a], this.from[i]);
				}
				for (int b = toPlaces.offsets()[i]; b < toPlaces.offsets()[i + 1]; b++) {
					add(placePeople, placePeopleSize, toPlaces.values()[b], this.to[i]);
				}
				for (int a = fromPlaces.offsets()[i]; a < fromPlaces.offsets()[i + 1]; a++) {
					int row = fromPlaces.values()[a] * places;
					for (int b = toPlaces.offsets()[i]; b < toPlaces.offsets()[i + 1]; b++) {
						int cell = row + toPlaces.values()[b];
						Aggregate aggregate = cells.get(cell);
						if (aggregate == null) {
							aggregate = new Aggregate(0);
							cells.put(cell, aggregate);
							if (touchedCount == touched.length) {
								touched = Arrays.copyOf(touched, touchedCount * 2);
							}
							touched[touchedCount++] = cell;
						}
						aggregate.add(this.from[i], this.to[i], reverse, reciprocal);
					}
				}
			}
			int[] stamp = new int[this.peopleCount];
			Arrays.fill(stamp, -1);
			int[] in = new int[places];
			int[] out = new int[places];
			List<PlaceEdge> edges = new ArrayList<>(touchedCount);
			for (int k = 0; k < touchedCount; k++) {
				int cell = touched[k];
				Aggregate aggregate = cells.get(cell);
				int from = cell / places;
				int to = cell % places;
				edges.add(new PlaceEdge(placeIds[from], placeIds[to], aggregate.transfers,
						distinct(aggregate.people, aggregate.peopleSize, stamp, k), aggregate.reverse,
						aggregate.reciprocal));
				if (from != to) {
					in[to] += aggregate.transfers;
					out[from] += aggregate.transfers;
				}
			}
			List<PlaceNode> nodes = new ArrayList<>();
			for (int p = 0; p < places; p++) {
				if (placePeople[p] != null) {
					nodes.add(new PlaceNode(placeIds[p],
							distinct(placePeople[p], placePeopleSize[p], stamp, touchedCount + p), in[p], out[p]));
				}
			}
			nodes.sort(Comparator.comparing(PlaceNode::id));
			return new PlaceNetwork(nodes, edges);
		}

		private static void add(int[][] lists, int[] sizes, int list, int value) {
			int[] values = lists[list];
			if (values == null) {
				values = new int[16];
				lists[list] = values;
			}
			else if (sizes[list] == values.length) {
				values = Arrays.copyOf(values, values.length * 2);
				lists[list] = values;
			}
			values[sizes[list]++] = value;
		}

		/** Distinct values of a list, with a stamp array and a stamp not used before. */
		private static int distinct(int[] values, int size, int[] stamp, int mark) {
			int distinct = 0;
			for (int q = 0; q < size; q++) {
				if (stamp[values[q]] != mark) {
					stamp[values[q]] = mark;
					distinct++;
				}
			}
			return distinct;
		}

		void transfers(NetworkLevel level, long since, long until, Consumer<PlaceTransfer> rows) {
			int l = level.ordinal();
			String[] ids = this.placeIds[l];
			for (int i = 0; i < this.size; i++) {
				if (inWindow(i, since, until, -1)) {
					rows.accept(new PlaceTransfer(this.personIds[this.from[i]], places(ids, this.contexts[l * 2], i),
							this.personIds[this.to[i]], places(ids, this.contexts[l * 2 + 1], i)));
				}
			}
		}

		private static List<String> places(String[] ids, IntLists.View view, int i) {
			int start = view.offsets()[i];
			String[] places = new String[view.offsets()[i + 1] - start];
			for (int k = 0; k < places.length; k++) {
				places[k] = ids[view.values()[start + k]];
			}
			return Arrays.asList(places);
		}

		List<MonthCounts> months(NetworkLevel level, String placeId, long since, long until) {
			int l = level.ordinal();
			int place = (placeId != null) ? indexOf(this.placeIds[l], this.placeCounts[l], placeId) : -1;
			if (placeId != null && place < 0) {
				return List.of();
			}
			Map<Integer, int[]> byMonth = new HashMap<>();
			int first = Integer.MAX_VALUE;
			int last = Integer.MIN_VALUE;
			// Days of one month repeat: remember the last day's month.
			int lastDay = Integer.MIN_VALUE;
			int lastMonth = 0;
			for (int i = 0; i < this.size; i++) {
				if (!inWindow(i, since, until, -1) || (place >= 0 && !touches(i, l, place))) {
					continue;
				}
				if (this.day[i] != lastDay) {
					LocalDate date = LocalDate.ofEpochDay(this.day[i]);
					lastDay = this.day[i];
					lastMonth = date.getYear() * 12 + date.getMonthValue() - 1;
				}
				int[] m = byMonth.computeIfAbsent(lastMonth, (k) -> new int[5]);
				first = Math.min(first, lastMonth);
				last = Math.max(last, lastMonth);
				m[0]++;
				m[(this.direction[i] == REVERSE) ? 1 : (this.direction[i] == TRADITIONAL) ? 2 : 3]++;
				if (this.mentorship[i] >= 0 && this.reciprocal.get(this.mentorship[i])) {
					m[4]++;
				}
			}
			List<MonthCounts> series = new ArrayList<>();
			for (int month = first; month <= last; month++) {
				int[] m = byMonth.getOrDefault(month, new int[5]);
				series.add(new MonthCounts(YearMonth.of(month / 12, month % 12 + 1), m[0], m[1], m[2], m[3], m[4]));
			}
			return series;
		}

	}

	/**
	 * The aggregates of one query by pair number ({@code from * places + to}).
	 */
	private interface Cells {

		Aggregate get(int cell);

		void put(int cell, Aggregate aggregate);

	}

	private record DenseCells(Aggregate[] cells) implements Cells {

		DenseCells(int size) {
			this(new Aggregate[size]);
		}

		@Override
		public Aggregate get(int cell) {
			return this.cells[cell];
		}

		@Override
		public void put(int cell, Aggregate aggregate) {
			this.cells[cell] = aggregate;
		}

	}

	private record SparseCells(Map<Integer, Aggregate> cells) implements Cells {

		SparseCells() {
			this(new HashMap<>());
		}

		@Override
		public Aggregate get(int cell) {
			return this.cells.get(cell);
		}

		@Override
		public void put(int cell, Aggregate aggregate) {
			this.cells.put(cell, aggregate);
		}

	}

	/**
	 * Counts for one pair.
	 */
	private static final class Aggregate {

		int transfers;

		/**
		 * Both people of every transfer, repeats included: appending is cheaper than a
		 * sparse set per pair, and repeats are dropped once at the end.
		 */
		int[] people = new int[16];

		int peopleSize;

		final BitSet skills;

		int reverse;

		int reciprocal;

		Aggregate(int skills) {
			this.skills = new BitSet(skills);
		}

		void add(int from, int to, boolean reverse, boolean reciprocal) {
			this.transfers++;
			if (this.peopleSize + 2 > this.people.length) {
				this.people = Arrays.copyOf(this.people, this.people.length * 2);
			}
			this.people[this.peopleSize++] = from;
			this.people[this.peopleSize++] = to;
			this.reverse += reverse ? 1 : 0;
			this.reciprocal += reciprocal ? 1 : 0;
		}

		void add(int from, int to, int skill) {
			add(from, to, false, false);
			this.skills.set(skill);
		}

	}

	/**
	 * Short lists of ints per row, flat: row i's values are
	 * {@code values[offsets[i] .. offsets[i+1])}.
	 */
	static final class IntLists {

		private int[] offsets = new int[1025];

		private int[] values = new int[1024];

		private int rows;

		void add(List<String> ids, Dictionary dictionary) {
			int start = this.offsets[this.rows];
			if (start + ids.size() > this.values.length) {
				this.values = Arrays.copyOf(this.values, Math.max(this.values.length * 2, start + ids.size()));
			}
			for (int k = 0; k < ids.size(); k++) {
				this.values[start + k] = dictionary.index(ids.get(k));
			}
			if (this.rows + 2 > this.offsets.length) {
				this.offsets = Arrays.copyOf(this.offsets, this.offsets.length * 2);
			}
			this.offsets[this.rows + 1] = start + ids.size();
			this.rows++;
		}

		View view() {
			return new View(this.offsets, this.values);
		}

		/**
		 * The arrays as they are now.
		 *
		 * @param offsets row starts
		 * @param values ints
		 */
		record View(int[] offsets, int[] values) {
		}

	}

	/**
	 * Ids to dense ints and back.
	 */
	static final class Dictionary {

		private final Map<String, Integer> indexes = new HashMap<>();

		private String[] ids = new String[256];

		int index(String id) {
			Integer known = this.indexes.get(id);
			if (known != null) {
				return known;
			}
			int next = this.indexes.size();
			if (next == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, next * 2);
			}
			this.ids[next] = id;
			this.indexes.put(id, next);
			return next;
		}

		String[] view() {
			return this.ids;
		}

		int size() {
			return this.indexes.size();
		}

	}

}
