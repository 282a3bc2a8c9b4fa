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

import org.boomerang.api.Problem;
import org.boomerang.model.MentoringCapacity;
import tools.jackson.databind.JsonNode;

/**
 * The first reading of an import document: checks every entity and keeps, compactly, what
 * the checks across entities need (ids per kind, references to ids not yet seen, the
 * taxonomy's links, mentorship pairs and places), not the entities themselves. Transfers
 * are compared with those already recorded as they stream past, a chunk at a time. What
 * remains to be checked against the graph afterwards is in {@link ImportService}.
 */
final class DocumentSurvey implements DocumentStream.Visitor {

	/** Transfers compared with the recorded ones per query. */
	private static final int CHUNK = 5_000;

	private final ImportRepository repository;

	private final LocalDate today;

	private final ImportProgress progress;

	private final CappedProblems problems = new CappedProblems();

	private final Map<Kind, Map<String, Integer>> defined = new EnumMap<>(Kind.class);

	/** References to ids not defined (yet) when they were met, per kind. */
	private final Map<Kind, Set<String>> pending = new EnumMap<>(Kind.class);

	private final Map<String, List<String>> broader = new LinkedHashMap<>();

	private final Map<String, String[]> mentorshipPairs = new HashMap<>();

	/** Mentorships of the document that hold a place today: id and mentor. */
	private final List<String[]> activeMentorships = new ArrayList<>();

	/** People of the document whose mentoring capacity is not the default. */
	private final Map<String, Integer> capacities = new HashMap<>();

	/** Transfers naming a mentorship that was not in the document when they were met. */
	private final List<TransferInMentorship> transfersInOtherMentorships = new ArrayList<>();

	/** Transfers waiting to be compared with the recorded ones: id, hash, index. */
	private final List<Object[]> transferChunk = new ArrayList<>();

	/** Chunks of transfers being compared with the recorded ones, oldest first. */
	private final Deque<Future<Comparison>> comparing = new ArrayDeque<>();

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
		// The graph is asked beside the reading, which goes on meanwhile; at most two
		// chunks are out, and their answers are taken in order.
		if (this.comparing.size() >= 2) {
			applyOldestComparison();
		}
		Callable<Comparison> comparison = () -> new Comparison(chunk,
				this.repository.transferHashes(chunk.stream().map((t) -> (String) t[0]).toList()));
		if (this.read) {
			// The reading has ended: compared here, without a thread (all of a small
			// document's transfers).
			FutureTask<Comparison> last = new FutureTask<>(comparison);
			last.run();
			this.comparing.add(last);
			return;
		}
		if (this.comparer == null) {
			this.comparer = ImportThreads.single("import-transfer-comparison");
		}
		this.comparing.add(this.comparer.submit(comparison));
	}

	private void applyOldestComparison() {
		Comparison comparison;
		try {
			comparison = this.comparing.removeFirst().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while comparing transfers with the recorded ones", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		for (Object[] transfer : comparison.chunk()) {
			String id = (String) transfer[0];
			String hash = comparison.stored().get(id);
			int index = (Integer) transfer[2];
			if (!comparison.stored().containsKey(id)) {
				this.newTransfers.set(index);
			}
			else if (hash != null && hash.equals(transfer[1])) {
				this.recordedTransfers.set(index);
			}
			else if (hash != null) {
				problem(new Problem(path(Kind.TRANSFERS, index), conflictMessage(id)));
			}
		}
	}

	/** A chunk of transfers (id, hash, index) and the hashes recorded for their ids. */
	private record Comparison(List<Object[]> chunk, Map<String, String> stored) {
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

	/** Whether a transfer is recorded already, exactly as the document states it. */
	boolean recorded(int transferIndex) {
		return this.recordedTransfers.get(transferIndex);
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
