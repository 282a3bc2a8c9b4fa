package org.boomerang.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on GraphQL requests ({@code boomerang.graphql.*}), checked before a request
 * runs.
 *
 * @param maxDepth the deepest nesting of fields a query may have
 * @param maxComplexity the most a query may cost: each field that returns objects costs 1
 * plus what it selects, and a field with a {@code first} argument multiplies what it
 * selects by {@code first}; scalar fields cost nothing
 */
@ConfigurationProperties("boomerang.graphql")
public record GraphQlProperties(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity) {
}
