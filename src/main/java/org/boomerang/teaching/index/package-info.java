/**
 * The in-memory teacher index: everyone who can teach, ranked in memory by the rules and
 * weights ({@link org.boomerang.teaching.index.ScoreWeights}) of the ranking query.
 * <p>
 * Why: a broad topic on a graph of 100,000 people has tens of thousands of candidate
 * teachers, and the query reads each one's affiliations, professions, mentorships and
 * transfers (over a second per request). The index is derived state, like the skill
 * search index: built from the graph, updated after each write through this instance and
 * polled for other writes (by {@code teaching/TeacherIndexSync}); until it is ready, the
 * query ranks instead.
 * <p>
 * The parts, one file each, chosen so that a candidate costs one or two memory reads
 * rather than a walk through objects:
 * <ul>
 * <li>{@code TeacherIndex}: the public face (load, reload, rank);</li>
 * <li>{@code Codes}: a stable slot per person and a code per skill and place;</li>
 * <li>{@code Snapshot}: per slot the person ({@code Teacher}), per skill code the slots,
 * levels and evidence of its teachers; written by copying what changes;</li>
 * <li>{@code PackedAttributes}: what the filters and the score need of a person (career
 * stage, visibility, capacity, active mentorships) in one {@code long}, and up to three
 * current institutions in another;</li>
 * <li>{@code Candidates}: who holds a topic's skills, with fit and evidence, which do not
 * depend on the asker; {@code CandidateCache} keeps those of recent topics until the next
 * write, so a topic asked again only applies the asker, the filters and the day to arrays
 * read in order;</li>
 * <li>{@code RankRequest}: one ranking (admission, score, page), with {@code BestHeap}
 * for the top of it and {@code Scratch} for per-thread working arrays;</li>
 * <li>{@code Days}: the day arithmetic, and the fixed reference day evidence is stored
 * for (the discount is exponential, so moving it to today is one multiplication).</li>
 * </ul>
 * The ranking's terms, shared with the query:
 * {@link org.boomerang.teaching.index.TeacherFilter},
 * {@link org.boomerang.teaching.index.Ranking},
 * {@link org.boomerang.teaching.index.ScoreWeights}; its input:
 * {@link org.boomerang.teaching.index.TeacherRow}.
 */
package org.boomerang.teaching.index;
