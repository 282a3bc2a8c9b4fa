package org.boomerang.mentoring;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
class FlowIndex {

	private static final Logger log = LoggerFactory.getLogger(FlowIndex.class);

	/** Up to this many places of a level, pairs are counted in a dense matrix. */
	private static final int DENSE = 1500;

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
			if (!append || growing.total < watermark.total()) {
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
			}
			int i = this.size;
			this.day[i] = (int) row.on().toEpochDay();
			this.from[i] = this.people.index(row.from());
			this.to[i] = this.people.index(row.to());
			this.skill[i] = this.skills.index(row.skill());
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

		Snapshot snapshot() {
			IntLists.View[] views = new IntLists.View[6];
			for (int i = 0; i < views.length; i++) {
				views[i] = this.contexts[i].view();
			}
			return new Snapshot(this.size, this.day, this.from, this.to, this.skill, views, this.skills.view(),
					this.skills.size(),
					new String[][] { this.places[0].view(), this.places[1].view(), this.places[2].view() },
					new int[] { this.places[0].size(), this.places[1].size(), this.places[2].size() },
					this.people.size(), this.total, this.latest);
		}

	}

	/**
	 * What one query reads: the first {@code size} rows of the columns.
	 */
	record Snapshot(int size, int[] day, int[] from, int[] to, int[] skill, IntLists.View[] contexts, String[] skillIds,
			int skillCount, String[][] placeIds, int[] placeCounts, int peopleCount, long total, ZonedDateTime latest) {

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
				int distinct = 0;
				for (int q = 0; q < aggregate.peopleSize; q++) {
					int person = aggregate.people[q];
					if (stamp[person] != k) {
						stamp[person] = k;
						distinct++;
					}
				}
				flows.add(new Flow(placeIds[cell / places], placeIds[cell % places], aggregate.transfers, distinct,
						new SkillSet(aggregate.skills, this.skillIds)));
			}
			flows.sort(Comparator.comparingInt(Flow::transfers)
				.reversed()
				.thenComparing(Flow::from)
				.thenComparing(Flow::to));
			return flows;
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

		Aggregate(int skills) {
			this.skills = new BitSet(skills);
		}

		void add(int from, int to, int skill) {
			this.transfers++;
			if (this.peopleSize + 2 > this.people.length) {
				this.people = Arrays.copyOf(this.people, this.people.length * 2);
			}
			this.people[this.peopleSize++] = from;
			this.people[this.peopleSize++] = to;
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
