package org.boomerang.importing;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import org.boomerang.api.Problem;
import org.boomerang.model.MentoringCapacity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The first reading of an import document: checks every entity and keeps, compactly, what
 * the checks across entities need (ids per kind, references to ids not yet seen, the
 * taxonomy's links, mentorship pairs and places), not the entities themselves. Transfers
 * are compared with those already recorded, and people and mentorships with the stored
 * ones, as they stream past, a chunk at a time, so that the writing can leave out what
 * the graph holds as stated. What remains to be checked against the graph afterwards is
 * in {@link ImportService}.
 */
final class DocumentSurvey implements DocumentStream.Visitor {

	private static final Logger log = LoggerFactory.getLogger(DocumentSurvey.class);

	/** Transfers compared with the recorded ones per query. */
	private static final int CHUNK = 5_000;

	/**
	 * People and mentorships compared with the stored ones per query; a document with
	 * fewer of a kind leaves their comparison to its writing.
	 */
	static final int COMPARED_CHUNK = 1_000;

	/**
	 * Entities of a kind compared before the comparison is given up when fewer than half
	 * of them are found unchanged (a document that changes most of them would have them
	 * compared twice).
	 */
	private static final int COMPARED_TRIAL = 3 * COMPARED_CHUNK;

	/**
	 * Comparisons with the graph run side by side, so that the database works on two
	 * while the reading waits (they are reads that take no locks).
	 */
	private static final int COMPARING_THREADS = 2;

	/**
	 * Chunks out for comparison at most: the reading waits for the oldest beyond that.
	 */
	private static final int COMPARISONS_OUT = 4;

	private final ImportRepository repository;

	private final LocalDate today;

	private final ImportProgress progress;

	private final CappedProblems problems = new CappedProblems();

	private final Map<Kind, Map<String, Integer>> defined = new EnumMap<>(Kind.class);

	/** References to ids not defined (yet) when they were met, per kind. */
	private final Map<Kind, Set<String>> pending = new EnumMap<>(Kind.class);

	private final Map<String, List<String>> broader = new LinkedHashMap<>();

	/**
	 * Skills whose broader links the graph held as stated ({@link #broaderUnchanged}).
	 */
	private final Set<String> broaderUnchanged = new HashSet<>();

	private final Map<String, String[]> mentorshipPairs = new HashMap<>();

	/** Mentorships of the document that hold a place today: id and mentor. */
	private final List<String[]> activeMentorships = new ArrayList<>();

	/** People of the document whose mentoring capacity is not the default. */
	private final Map<String, Integer> capacities = new HashMap<>();

	/** Transfers naming a mentorship that was not in the document when they were met. */
	private final List<TransferInMentorship> transfersInOtherMentorships = new ArrayList<>();

	/** Transfers waiting to be compared with the recorded ones: id, hash, index. */
	private final List<Object[]> transferChunk = new ArrayList<>();

	/**
	 * The kinds whose entities are compared with the stored ones as they are read, so
	 * that the writing leaves out those it would find unchanged.
	 */
	private final Map<Kind, Unchanged> compared = new EnumMap<>(
			Map.of(Kind.PEOPLE, new Unchanged(Kind.PEOPLE, DocumentSurvey::comparable), Kind.MENTORSHIPS,
					new Unchanged(Kind.MENTORSHIPS, DocumentSurvey::comparableMentorship)));

	/**
	 * Chunks being compared with the graph (transfers, people, mentorships), oldest
	 * first; each answers with what to note once it is taken, in order, on the reading
	 * thread.
	 */
	private final Deque<Future<Runnable>> comparing = new ArrayDeque<>();

	/** Runs the comparisons while the document is read (once a first chunk is full). */
	private ExecutorService comparer;

	/** Whether the reading has ended. */
	private boolean read;

	/** Transfers already recorded with the same content: the write leaves them out. */
	private final BitSet recordedTransfers = new BitSet();

	/**
	 * Entities of the document that the graph held when it was checked, by index, for the
	 * kinds looked up ({@link #stored(Kind, Collection)}).
	 */
	private final Map<Kind, BitSet> stored = new EnumMap<>(Kind.class);

	/** Transfers that were not recorded when they were compared, by index. */
	private final BitSet newTransfers = new BitSet();

	private List<Kind> order = List.of();

	/** Hears each entity found without problems, as its row. */
	private Rows rows = (kind, index, row) -> {
	};

	private long checked;

	/** How long the reading waited for the comparisons with the graph, in nanoseconds. */
	private long waited;

	private long length;

	DocumentSurvey(ImportRepository repository, LocalDate today, ImportProgress progress) {
		this.repository = repository;
		this.today = today;
		this.progress = progress;
		for (Kind kind : Kind.values()) {
			this.defined.put(kind, new HashMap<>());
			this.pending.put(kind, new HashSet<>());
		}
	}

	/**
	 * Reads the whole document.
	 * @param source the document
	 */
	void read(DocumentSource source) {
		List<Problem> structure = new ArrayList<>();
		this.length = source.length();
		try {
			this.order = DocumentStream.read(source, Set.of(Kind.values()), this, structure);
			this.read = true;
			compareTransfers();
			for (Unchanged kind : this.compared.values()) {
				if (kind.sent) {
					// The last chunk of a kind compared as the document was read.
					kind.send();
				}
			}
			while (!this.comparing.isEmpty()) {
				applyOldestComparison();
			}
		}
		finally {
			if (this.comparer != null) {
				this.comparer.shutdownNow();
				this.comparer = null;
			}
		}
		this.progress.checking(this.checked, this.length, this.length);
		log.debug("first reading: waited {} ms for the comparisons with the graph", this.waited / 1_000_000);
		structure.forEach(this::problem);
		for (Kind kind : Kind.values()) {
			this.pending.get(kind).removeAll(this.defined.get(kind).keySet());
		}
	}

	@Override
	public void entity(Kind kind, int index, JsonNode element, long offset) {
		String path = path(kind, index);
		List<Problem> found = new ArrayList<>();
		Map<String, Integer> known = this.defined.get(kind);
		Map<String, Object> row = DocumentValidator.entity(kind, element, path, found,
				(referred, id, at) -> refer(referred, id));
		String id = (String) row.get("id");
		if (id != null) {
			Integer earlier = known.putIfAbsent(id, index);
			if (earlier != null) {
				found.add(new Problem(path + ".id", "'" + id + "' appears twice in " + kind.key() + " (first at "
						+ path(kind, earlier) + "); ids are unique per kind"));
			}
			else {
				remember(kind, index, id, row, path, found);
			}
		}
		if (found.isEmpty() && id != null) {
			this.rows.row(kind, index, row);
			Unchanged comparison = this.compared.get(kind);
			if (comparison != null) {
				comparison.add(index, row);
			}
		}
		found.forEach(this::problem);
		this.checked++;
		if ((this.checked & 1023) == 0) {
			this.progress.checking(this.checked, offset, this.length);
		}
	}

	/**
	 * Passes each entity found without problems, as its row, to a listener as the
	 * document is read (whether the document as a whole has problems is known only at the
	 * end).
	 * @param rows the listener
	 */
	void onRow(Rows rows) {
		this.rows = rows;
	}

	/** Hears the rows of a reading. */
	interface Rows {

		/**
		 * An entity without problems of its own.
		 * @param kind its kind
		 * @param index its position in its list
		 * @param row its row ({@link DocumentValidator#entity})
		 */
		void row(Kind kind, int index, Map<String, Object> row);

	}

	private void refer(Kind kind, String id) {
		if (!this.defined.get(kind).containsKey(id)) {
			this.pending.get(kind).add(id);
		}
	}

	@SuppressWarnings("unchecked")
	private void remember(Kind kind, int index, String id, Map<String, Object> row, String path, List<Problem> found) {
		switch (kind) {
			case SKILLS -> this.broader.put(id, (List<String>) row.get("broader"));
			case PEOPLE -> {
				Integer capacity = (Integer) row.get("mentoringCapacity");
				if (capacity != null && capacity != MentoringCapacity.DEFAULT) {
					this.capacities.put(id, capacity);
				}
			}
			case MENTORSHIPS -> {
				String mentor = (String) row.get("mentor");
				String mentee = (String) row.get("mentee");
				if (mentor != null && mentee != null) {
					this.mentorshipPairs.put(id, new String[] { mentor, mentee });
				}
				LocalDate endedOn = (LocalDate) row.get("endedOn");
				if (mentor != null && (endedOn == null || endedOn.isAfter(this.today))) {
					this.activeMentorships.add(new String[] { id, mentor });
				}
			}
			case TRANSFERS -> {
				String mentorship = (String) row.get("mentorship");
				String from = (String) row.get("from");
				String to = (String) row.get("to");
				if (mentorship != null && from != null && to != null) {
					TransferInMentorship transfer = new TransferInMentorship(index, mentorship, from, to);
					String[] pair = this.mentorshipPairs.get(mentorship);
					if (pair != null) {
						transfer.check(pair, found);
					}
					else {
						this.transfersInOtherMentorships.add(transfer);
					}
				}
				this.transferChunk.add(new Object[] { id, row.get("hash"), index });
				if (this.transferChunk.size() >= CHUNK) {
					compareTransfers();
				}
			}
			default -> {
				// Nothing beyond the id is needed across entities.
			}
		}
	}

	/**
	 * A recorded transfer does not change: one recorded with other content is a problem,
	 * one recorded with the same content need not be written again.
	 */
	private void compareTransfers() {
		if (this.transferChunk.isEmpty()) {
			return;
		}
		List<Object[]> chunk = List.copyOf(this.transferChunk);
		this.transferChunk.clear();
		compare(() -> {
			ImportRepository.TransferComparison compared = this.repository
				.compareTransfers(chunk.stream().map((t) -> Map.<String, Object>of("id", t[0], "hash", t[1])).toList());
			return () -> applyTransfers(chunk, compared);
		});
	}

	private void applyTransfers(List<Object[]> chunk, ImportRepository.TransferComparison compared) {
		for (Object[] transfer : chunk) {
			String id = (String) transfer[0];
			int index = (Integer) transfer[2];
			if (compared.absent().contains(id)) {
				this.newTransfers.set(index);
			}
			else if (!compared.other().containsKey(id)) {
				this.recordedTransfers.set(index);
			}
			else if (compared.other().get(id) != null) {
				problem(new Problem(path(Kind.TRANSFERS, index), conflictMessage(id)));
			}
		}
	}

	/**
	 * Entities of one kind compared with the stored ones a chunk at a time as the
	 * document is read: the graph says which it holds exactly as stated (content and
	 * every link), the writing leaves those out instead of comparing them in its
	 * transactions, and compares the rest again there. (A re-sent directory is mostly
	 * unchanged: its people took most of the writing's time.)
	 */
	private final class Unchanged {

		private final Kind kind;

		/** What the query needs of an entity's row. */
		private final Function<Map<String, Object>, Map<String, Object>> comparable;

		private final List<Integer> indexes = new ArrayList<>();

		private final List<Map<String, Object>> chunk = new ArrayList<>();

		/** The entities found unchanged, by index. */
		private final BitSet found = new BitSet();

		/** Whether entities are still compared (see {@link #COMPARED_TRIAL}). */
		private boolean active = true;

		/** Whether a chunk was sent. */
		private boolean sent;

		private int count;

		private int unchanged;

		Unchanged(Kind kind, Function<Map<String, Object>, Map<String, Object>> comparable) {
			this.kind = kind;
			this.comparable = comparable;
		}

		void add(int index, Map<String, Object> row) {
			if (!this.active) {
				return;
			}
			this.indexes.add(index);
			this.chunk.add(this.comparable.apply(row));
			if (this.chunk.size() >= COMPARED_CHUNK) {
				send();
			}
		}

		void send() {
			if (this.chunk.isEmpty()) {
				return;
			}
			List<Integer> indexes = List.copyOf(this.indexes);
			List<Map<String, Object>> chunk = List.copyOf(this.chunk);
			this.indexes.clear();
			this.chunk.clear();
			this.sent = true;
			compare(() -> {
				ImportRepository.Compared compared = DocumentSurvey.this.repository.compare(this.kind, chunk);
				return () -> note(indexes, chunk, compared);
			});
		}

		private void note(List<Integer> indexes, List<Map<String, Object>> chunk, ImportRepository.Compared compared) {
			// Which people the graph holds tells which can be created without comparing
			// them (isNew); other kinds are not created that way.
			BitSet stored = (this.kind == Kind.PEOPLE)
					? DocumentSurvey.this.stored.computeIfAbsent(this.kind, (k) -> new BitSet()) : new BitSet();
			for (int i = 0; i < indexes.size(); i++) {
				String id = (String) chunk.get(i).get("id");
				if (compared.unchanged().contains(id)) {
					this.found.set(indexes.get(i));
				}
				if (compared.stored().contains(id)) {
					stored.set(indexes.get(i));
				}
			}
			this.count += chunk.size();
			this.unchanged += compared.unchanged().size();
			if (this.count >= COMPARED_TRIAL && this.unchanged * 2 < this.count) {
				this.active = false;
				this.indexes.clear();
				this.chunk.clear();
			}
		}

	}

	/** What the comparison of a mentorship with the stored one needs. */
	static Map<String, Object> comparableMentorship(Map<String, Object> row) {
		Map<String, Object> comparable = new HashMap<>();
		for (String field : List.of("id", "hash", "mentor", "mentee", "skills")) {
			comparable.put(field, row.get(field));
		}
		return comparable;
	}

	/**
	 * What the comparison of a person with the stored one needs: id, content hash and a
	 * key for each link the document states, the text {@code upsert-people.cypher} and
	 * {@code unchanged-people.cypher} build for a stored link (type, target id, level,
	 * canTeach, priority, from, to, role, separated by {@code |}; empty for none).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> comparable(Map<String, Object> row) {
		List<String> keys = new ArrayList<>();
		for (Map<String, Object> s : (List<Map<String, Object>>) row.get("skills")) {
			keys.add(key("HAS_SKILL", s.get("skill"), s.get("level"), s.get("canTeach"), null, null, null, null));
		}
		for (Map<String, Object> w : (List<Map<String, Object>>) row.get("wantsToLearn")) {
			keys.add(key("WANTS_TO_LEARN", w.get("skill"), null, null, w.get("priority"), null, null, null));
		}
		for (String profession : (List<String>) row.get("professions")) {
			keys.add(key("PRACTISES", profession, null, null, null, null, null, null));
		}
		for (Map<String, Object> a : (List<Map<String, Object>>) row.get("affiliations")) {
			keys.add(key("AFFILIATED_WITH", a.get("institution"), null, null, null, a.get("from"), a.get("to"),
					a.get("role")));
		}
		for (Map<String, Object> c : (List<Map<String, Object>>) row.get("communities")) {
			keys.add(key("MEMBER_OF", c.get("community"), null, null, null, c.get("from"), c.get("to"), null));
		}
		Map<String, Object> comparable = new HashMap<>();
		comparable.put("id", row.get("id"));
		comparable.put("hash", row.get("hash"));
		comparable.put("keys", keys);
		return comparable;
	}

	/** Values as Cypher's toString writes them (numbers, booleans, ISO dates, text). */
	private static String key(Object... values) {
		StringBuilder key = new StringBuilder(128);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				key.append('|');
			}
			if (values[i] != null) {
				key.append(values[i]);
			}
		}
		return key.toString();
	}

	/**
	 * Asks the graph beside the reading, which goes on meanwhile, on
	 * {@link #COMPARING_THREADS} threads; at most {@link #COMPARISONS_OUT} chunks are
	 * out, and their answers are taken in order. Once the reading has ended, the graph is
	 * asked here, without a thread (all of a small document's transfers).
	 */
	private void compare(Callable<Runnable> comparison) {
		if (this.comparing.size() >= COMPARISONS_OUT) {
			applyOldestComparison();
		}
		if (this.read) {
			FutureTask<Runnable> last = new FutureTask<>(comparison);
			last.run();
			this.comparing.add(last);
			return;
		}
		if (this.comparer == null) {
			this.comparer = ImportThreads.several("import-comparison", COMPARING_THREADS);
		}
		this.comparing.add(this.comparer.submit(comparison));
	}

	private void applyOldestComparison() {
		Runnable note;
		try {
			long start = System.nanoTime();
			note = this.comparing.removeFirst().get();
			this.waited += System.nanoTime() - start;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while comparing the document with the graph", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		note.run();
	}

	static String conflictMessage(String transfer) {
		return "transfer '" + transfer + "' is already recorded with different content; a recorded"
				+ " transfer cannot change: re-send it unchanged, or record a new transfer with a new id";
	}

	void problem(Problem problem) {
		this.problems.add(problem);
	}

	/**
	 * Every problem found, the first {@link CappedProblems#MAX} of them, and a last one
	 * counting those left out.
	 * @return the problems
	 */
	List<Problem> problems() {
		return this.problems.list("$", ": fix those above and send the document again to see the rest");
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/**
	 * An entity's row again, in a reading after this one (the writing): the entity must
	 * be as this reading found it.
	 * @return its row
	 * @throws IllegalStateException when the document changed in between
	 */
	Map<String, Object> rowAgain(Kind kind, int index, JsonNode element) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> row = DocumentValidator.entity(kind, element, path(kind, index), problems,
				(referred, id, at) -> {
				});
		if (!problems.isEmpty() || indexOf(kind, (String) row.get("id")) != index) {
			throw new IllegalStateException("the document changed while it was being imported (" + problems.size()
					+ " problem(s) the first reading did not find); import it again once it is complete");
		}
		return row;
	}

	static String path(Kind kind, int index) {
		return "$." + kind.key() + "[" + index + "]";
	}

	/**
	 * The path of an entity of the document.
	 * @return the path, or null when the document does not define it
	 */
	String pathOf(Kind kind, String id) {
		Integer index = this.defined.get(kind).get(id);
		return (index != null) ? path(kind, index) : null;
	}

	/**
	 * Where the document defines an entity.
	 * @return its index in its list, or -1
	 */
	int indexOf(Kind kind, String id) {
		Integer index = this.defined.get(kind).get(id);
		return (index != null) ? index : -1;
	}

	boolean defines(Kind kind, String id) {
		return this.defined.get(kind).containsKey(id);
	}

	Set<String> ids(Kind kind) {
		return this.defined.get(kind).keySet();
	}

	int count(Kind kind) {
		return this.defined.get(kind).size();
	}

	int total() {
		return this.defined.values().stream().mapToInt(Map::size).sum();
	}

	/** References to ids that the document does not define, per kind. */
	Map<Kind, Set<String>> undefinedReferences() {
		return this.pending;
	}

	/** Each skill's broader skills, as the document states them. */
	Map<String, List<String>> broader() {
		return this.broader;
	}

	/**
	 * Notes the skills whose broader links the graph held as the document states them
	 * when it was checked: the writing leaves their links alone.
	 * @param skills their ids
	 */
	void broaderUnchanged(Collection<String> skills) {
		this.broaderUnchanged.addAll(skills);
	}

	/**
	 * Whether every entity of a kind was compared with the graph as the document was
	 * read, so that which of them the graph holds is known ({@link #isNew}) without
	 * looking them up again.
	 */
	boolean comparedAll(Kind kind) {
		Unchanged comparison = this.compared.get(kind);
		return kind == Kind.PEOPLE && comparison != null && comparison.active && comparison.sent;
	}

	/** Whether a skill's broader links were found as the document states them. */
	boolean broaderUnchanged(String skill) {
		return this.broaderUnchanged.contains(skill);
	}

	/**
	 * A person's mentoring capacity as the document states it.
	 * @return the capacity, or null when the document does not define the person
	 */
	Integer capacity(String person) {
		if (!defines(Kind.PEOPLE, person)) {
			return null;
		}
		return this.capacities.getOrDefault(person, MentoringCapacity.DEFAULT);
	}

	/** The document's active mentorships: id and mentor. */
	List<String[]> activeMentorships() {
		return this.activeMentorships;
	}

	List<TransferInMentorship> transfersInOtherMentorships() {
		return this.transfersInOtherMentorships;
	}

	String[] mentorshipPair(String mentorship) {
		return this.mentorshipPairs.get(mentorship);
	}

	/**
	 * Whether the graph held an entity exactly as the document states it when the
	 * document was checked, so that the writing can leave it out: a transfer recorded
	 * with the same content, a person or mentorship with the same content and links.
	 */
	boolean unchanged(Kind kind, int index) {
		return switch (kind) {
			case TRANSFERS -> this.recordedTransfers.get(index);
			case PEOPLE, MENTORSHIPS -> this.compared.get(kind).found.get(index);
			default -> false;
		};
	}

	/**
	 * Notes which entities of a kind the graph holds; every entity of that kind not named
	 * here counts as new from now on.
	 * @param kind the kind looked up
	 * @param ids the ids of the document's entities of that kind that the graph holds
	 */
	void stored(Kind kind, Collection<String> ids) {
		BitSet bits = this.stored.computeIfAbsent(kind, (k) -> new BitSet());
		for (String id : ids) {
			int index = indexOf(kind, id);
			if (index >= 0) {
				bits.set(index);
			}
		}
	}

	/**
	 * Whether an entity of the document was absent from the graph when the document was
	 * checked, so that it can be created without comparing it with a stored one (another
	 * write may still have created it since: the uniqueness constraints catch that).
	 * Transfers are known from their comparison with the recorded ones; other kinds only
	 * once {@link #stored(Kind, Collection)} was told about them.
	 */
	boolean isNew(Kind kind, int index) {
		if (kind == Kind.TRANSFERS) {
			return this.newTransfers.get(index);
		}
		BitSet bits = this.stored.get(kind);
		return bits != null && !bits.get(index);
	}

	/** The kinds in the order the document lists them. */
	List<Kind> order() {
		return this.order;
	}

	/**
	 * A transfer that names a mentorship, to be checked against the mentorship's two
	 * people.
	 *
	 * @param index the transfer's position in the document
	 * @param mentorship the mentorship id
	 * @param from who taught
	 * @param to who learned
	 */
	record TransferInMentorship(int index, String mentorship, String from, String to) {

		void check(String[] pair, List<Problem> problems) {
			boolean between = (this.from.equals(pair[0]) && this.to.equals(pair[1]))
					|| (this.from.equals(pair[1]) && this.to.equals(pair[0]));
			if (!between) {
				problems.add(new Problem(path(Kind.TRANSFERS, this.index) + ".mentorship",
						"transfer is between " + this.from + " and " + this.to + " but mentorship '" + this.mentorship
								+ "' is between " + pair[0] + " and " + pair[1]));
			}
		}

	}

}
