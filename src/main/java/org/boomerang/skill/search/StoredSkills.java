package org.boomerang.skill.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * The stored fields of the skill index, decoded once per Lucene segment and kept in
 * memory for as long as the segment lives. Reading them from Lucene for every hit
 * decompressed a block of stored fields each time: about a third of the CPU of resolving
 * a topic that is not cached. Segments never change once written, so their documents are
 * decoded when a searcher that sees them is opened, before a write's answer returns.
 */
final class StoredSkills extends SearcherFactory {

	private final Map<IndexReader.CacheKey, Stored[]> segments = new ConcurrentHashMap<>();

	@Override
	public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			segment(leaf.reader());
		}
		return super.newSearcher(reader, previousReader);
	}

	/**
	 * The stored fields of a document found by a searcher of the index.
	 */
	Stored get(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		return segment(leaf.reader())[doc - leaf.docBase];
	}

	/** Segments decoded and not yet closed (for tests). */
	int segments() {
		return this.segments.size();
	}

	private Stored[] segment(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		Stored[] known = this.segments.get(helper.getKey());
		if (known != null) {
			return known;
		}
		StoredFields fields = reader.storedFields();
		Stored[] docs = new Stored[reader.maxDoc()];
		for (int i = 0; i < docs.length; i++) {
			docs[i] = Stored.of(fields.document(i));
		}
		if (this.segments.putIfAbsent(helper.getKey(), docs) == null) {
			helper.addClosedListener(this.segments::remove);
		}
		return docs;
	}

	/**
	 * One skill's stored fields.
	 *
	 * @param id the skill's id
	 * @param name its name
	 * @param nameStems the stems of its name, space-separated
	 * @param aliases its aliases
	 * @param aliasStems the stems of each alias, in the same order
	 * @param descriptionStems the stems of its description, or null
	 */
	record Stored(String id, String name, String nameStems, String[] aliases, String[] aliasStems,
			String descriptionStems) {

		static Stored of(Document doc) {
			return new Stored(doc.get(SkillIndex.ID), doc.get(SkillAnalysis.NAME),
					doc.get(SkillIndex.STORED_NAME_STEMS), doc.getValues(SkillAnalysis.ALIAS),
					doc.getValues(SkillIndex.STORED_ALIAS_STEMS), doc.get(SkillIndex.DESCRIPTION_STEMS));
		}

	}

}
