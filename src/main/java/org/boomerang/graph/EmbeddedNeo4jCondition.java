package org.boomerang.graph;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external Neo4j is configured: an explicit {@code spring.neo4j.uri}
 * always wins over the embedded database.
 */
public class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

	/**
	 * Whether the embedded database serves this environment.
	 * @param environment the environment
	 * @return true when no {@code spring.neo4j.uri} is set
	 */
	public static boolean embedded(Environment environment) {
		String uri = environment.getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}

}
