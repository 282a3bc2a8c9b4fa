package org.boomerang.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on GraphQL requests ({@code boomerang.graphql.*}). All but the time limit are
 * checked before a request runs, so a refused request costs no database work.
 *
 * @param maxDepth the deepest nesting of fields a query may have
 * @param maxComplexity the most a query may cost: each object it can return costs 1, and
 * a list of objects counts as many as it can hold (its {@code first}, or the size the
 * schema gives it with {@code @listSize}); scalar fields cost nothing
 * @param maxAliases the most fields with an alias one request may have (aliases repeat a
 * field under other names, each run in full)
 * @param maxRootFields the most top-level fields one operation may ask for (each is a
 * query of its own)
 * @param requestTimeout the longest a request may run; it is then stopped with a
 * {@code BAD_REQUEST}, and the database ends the transactions it started
 * @param maxBodySize the largest request body {@code POST /graphql} accepts; larger ones
 * are answered 413 before they are read
 */
@ConfigurationProperties("boomerang.graphql")
public record GraphQlProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("20") int maxRootFields,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("1MB") DataSize maxBodySize) {

	public GraphQlProperties {
		atLeastOne("max-depth", maxDepth);
		atLeastOne("max-complexity", maxComplexity);
		if (maxAliases < 0) {
			throw new IllegalArgumentException("boomerang.graphql.max-aliases must be 0 or more, not " + maxAliases);
		}
		atLeastOne("max-root-fields", maxRootFields);
		if (requestTimeout.isZero() || requestTimeout.isNegative()) {
			throw new IllegalArgumentException(
					"boomerang.graphql.request-timeout must be more than 0, not " + requestTimeout);
		}
		if (maxBodySize.toBytes() < 1024) {
			throw new IllegalArgumentException(
					"boomerang.graphql.max-body-size must be at least 1KB, not " + maxBodySize);
		}
	}

	private static void atLeastOne(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException("boomerang.graphql." + name + " must be 1 or more, not " + value);
		}
	}

}
