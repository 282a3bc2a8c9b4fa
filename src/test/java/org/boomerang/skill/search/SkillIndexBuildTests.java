package org.boomerang.skill.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill index is built in the background at start-up: a search that comes first waits
 * for the build and then finds what it holds, instead of finding nothing.
 */
class SkillIndexBuildTests {

	@Test
	void a_search_before_the_first_build_waits_for_it() throws Exception {
		SkillIndex index = new SkillIndex();
		try {
			CompletableFuture<Integer> found = CompletableFuture.supplyAsync(
					() -> index.search((searcher) -> searcher.getIndexReader().numDocs()),
					(task) -> new Thread(task, "early-search").start());
			Thread.sleep(200);
			assertThat(found).isNotDone();
			index.replaceAll(List.of(new IndexedSkill("ehr", "Electronic health records", List.of("EHR", "EMR"),
					"Using electronic records of patients", List.of(), "1")));
			assertThat(found.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(index.generation()).isPositive();
		}
		finally {
			index.destroy();
		}
	}

}
