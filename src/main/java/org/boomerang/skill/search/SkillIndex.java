package org.boomerang.skill.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The in-memory Lucene index of skills (name, aliases, description) with the taxonomy
 * beside it. Writers are serialised; searches use a shared {@link IndexSearcher} from a
 * {@link SearcherManager}, refreshed before a change returns. Every change bumps the
 * {@link #generation()}, so caches of resolved topics know they are stale.
 */
@Component
class SkillIndex implements DisposableBean {

	static final String ID = "id";

	static final String STORED_NAME_STEMS = "stored_name_stems";

	static final String STORED_ALIAS_STEMS = "stored_alias_stems";

	static final String DESCRIPTION_STEMS = "stored_description_stems";

	/** How long a search waits for the first build before it gives up. */
	private static final Duration BUILD_WAIT = Duration.ofMinutes(2);

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final StoredSkills stored = new StoredSkills();

	/** What the index holds, by id; guarded by {@code this}. */
	private final Map<String, IndexedSkill> skills = new HashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private volatile Taxonomy taxonomy = Taxonomy.EMPTY;

	/**
	 * Open until the first whole build: searches wait for it rather than find nothing.
	 */
	private final CountDownLatch built = new CountDownLatch(1);

	SkillIndex() {
		try {
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(SkillAnalysis.PER_FIELD));
			this.searchers = new SearcherManager(this.writer, this.stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the in-memory skill index", ex);
		}
	}

	/**
	 * Replaces the whole index.
	 */
	synchronized void replaceAll(Collection<IndexedSkill> all) {
		try {
			this.writer.deleteAll();
			this.skills.clear();
			for (IndexedSkill skill : all) {
				this.writer.addDocument(document(skill));
				this.skills.put(skill.id(), skill);
			}
			changed();
			this.built.countDown();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot rebuild the skill index", ex);
		}
	}

	/**
	 * Waits for the first whole build, which runs in the background at start-up.
	 */
	private void awaitBuilt() {
		if (this.built.getCount() == 0) {
			return;
		}
		try {
			if (!this.built.await(BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(
						"The skill search index is still being built after " + BUILD_WAIT.toSeconds() + " s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the skill search index", ex);
		}
	}

	/**
	 * Adds or replaces some skills and removes others.
	 */
	synchronized void apply(Collection<IndexedSkill> upserts, Collection<String> removed) {
		if (upserts.isEmpty() && removed.isEmpty()) {
			return;
		}
		try {
			for (String id : removed) {
				this.writer.deleteDocuments(new Term(ID, id));
				this.skills.remove(id);
			}
			for (IndexedSkill skill : upserts) {
				this.writer.updateDocument(new Term(ID, skill.id()), document(skill));
				this.skills.put(skill.id(), skill);
			}
			changed();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot update the skill index", ex);
		}
	}

	synchronized String version(String id) {
		IndexedSkill skill = this.skills.get(id);
		return (skill != null) ? skill.version() : null;
	}

	synchronized int size() {
		return this.skills.size();
	}

	long generation() {
		awaitBuilt();
		return this.generation.get();
	}

	Taxonomy taxonomy() {
		awaitBuilt();
		return this.taxonomy;
	}

	/** The stored fields of the documents the searchers find. */
	StoredSkills stored() {
		return this.stored;
	}

	/**
	 * Runs a search on the current searcher.
	 */
	<T> T search(Search<T> search) {
		awaitBuilt();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.run(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the skill index", ex);
		}
	}

	private void changed() throws IOException {
		this.searchers.maybeRefreshBlocking();
		this.taxonomy = Taxonomy.of(List.copyOf(this.skills.values()));
		this.generation.incrementAndGet();
	}

	private static Document document(IndexedSkill skill) {
		Document doc = new Document();
		doc.add(new StringField(ID, skill.id(), Field.Store.YES));
		doc.add(new TextField(SkillAnalysis.NAME, skill.name(), Field.Store.YES));
		doc.add(new StringField(SkillAnalysis.NAME_KEY, SkillAnalysis.key(skill.name()), Field.Store.NO));
		String nameStems = String.join(" ", SkillAnalysis.stems(skill.name()));
		doc.add(new StoredField(STORED_NAME_STEMS, nameStems));
		if (!nameStems.isEmpty()) {
			doc.add(new StringField(SkillAnalysis.NAME_STEMS, nameStems, Field.Store.NO));
		}
		doc.add(new TextField(SkillAnalysis.WORDS_FIELD, skill.name(), Field.Store.NO));
		for (String alias : skill.aliases()) {
			doc.add(new TextField(SkillAnalysis.ALIAS, alias, Field.Store.YES));
			doc.add(new StringField(SkillAnalysis.ALIAS_KEY, SkillAnalysis.key(alias), Field.Store.NO));
			String aliasStems = String.join(" ", SkillAnalysis.stems(alias));
			// Stored for every alias, empty or not, so stored aliases and stems pair up.
			doc.add(new StoredField(STORED_ALIAS_STEMS, aliasStems));
			if (!aliasStems.isEmpty()) {
				doc.add(new StringField(SkillAnalysis.ALIAS_STEMS, aliasStems, Field.Store.NO));
			}
			doc.add(new TextField(SkillAnalysis.WORDS_FIELD, alias, Field.Store.NO));
		}
		if (skill.description() != null && !skill.description().isBlank()) {
			doc.add(new TextField(SkillAnalysis.DESCRIPTION, skill.description(), Field.Store.NO));
			doc.add(new StoredField(DESCRIPTION_STEMS, String.join(" ", SkillAnalysis.stems(skill.description()))));
		}
		return doc;
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * A search against one searcher.
	 */
	@FunctionalInterface
	interface Search<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

}
