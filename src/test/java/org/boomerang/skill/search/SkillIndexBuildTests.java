package org.boomerang.skill.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.MultiBits;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The skill index is built in the background at start-up: a search that comes first waits
 * for the build and then finds what it holds, instead of finding nothing.
 */
class SkillIndexBuildTests {

	/** A guard against hanging, not a timing. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Test
	void a_search_before_the_first_build_waits_for_it() throws Exception {
		SkillIndex index = new SkillIndex();
		try {
			CompletableFuture<Integer> found = new CompletableFuture<>();
			Thread early = new Thread(
					() -> found.complete(index.search((searcher) -> searcher.getIndexReader().numDocs())),
					"early-search");
			early.start();
			// The search has reached the index and waits for its first build.
			await().atMost(PATIENCE).until(() -> early.getState() == Thread.State.TIMED_WAITING);
			assertThat(found).isNotDone();
			index.replaceAll(List.of(new IndexedSkill("ehr", "Electronic health records", List.of("EHR", "EMR"),
					"Using electronic records of patients", List.of(), "1")));
			assertThat(found.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(index.generation()).isPositive();
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void stored_fields_follow_the_segments_the_searcher_sees() throws Exception {
		SkillIndex index = new SkillIndex();
		try {
			IndexedSkill ehr = new IndexedSkill("ehr", "Electronic health records", List.of("EHR", "EMR"),
					"Using electronic records of patients", List.of(), "1");
			index.replaceAll(List.of(ehr));
			index.apply(List.of(new IndexedSkill("tele", "Telehealth", List.of("virtual care"), null, List.of(), "1")),
					List.of());
			index.apply(List.of(new IndexedSkill("ehr", "Electronic health records", List.of("EHR", "EMR", "EPR"),
					"Using electronic records of patients", List.of(), "2")), List.of());
			List<String> found = index.search((searcher) -> {
				List<String> ids = new ArrayList<>();
				Bits live = MultiBits.getLiveDocs(searcher.getIndexReader());
				for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						StoredSkills.Stored stored = index.stored().get(searcher, doc);
						ids.add(stored.id() + ":" + String.join("|", stored.aliases()));
					}
				}
				return ids;
			});
			assertThat(found).containsExactlyInAnyOrder("tele:virtual care", "ehr:EHR|EMR|EPR");
			List<SkillMatch> epr = index
				.search((searcher) -> new TopicMatcher(searcher, index.stored(), index.taxonomy()).resolve("epr"));
			assertThat(epr).extracting(SkillMatch::skillId).containsExactly("ehr");
			// Replacing everything drops the old segments, and their decoded fields with
			// them.
			index.replaceAll(List.of(ehr));
			int leaves = index.search((searcher) -> searcher.getIndexReader().leaves().size());
			assertThat(index.stored().segments()).isEqualTo(leaves);
		}
		finally {
			index.destroy();
		}
	}

}
