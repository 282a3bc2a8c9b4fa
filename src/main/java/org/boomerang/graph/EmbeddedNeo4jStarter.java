package org.boomerang.graph;

import java.util.Optional;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Starts the embedded database as soon as the environment is known, before any bean
 * exists (registered in {@code META-INF/spring.factories}), so that Neo4j's start-up
 * overlaps the creation of the rest of the context. Nothing starts when
 * {@code spring.neo4j.uri} is set. A data directory without a store is first filled by
 * the first {@link NewStoreSeed} (from {@code META-INF/spring.factories}) that applies.
 */
public class EmbeddedNeo4jStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The bean name of the {@link EmbeddedNeo4j} in the context. */
	public static final String BEAN_NAME = "embeddedNeo4j";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		if (!EmbeddedNeo4jCondition.embedded(environment)) {
			return;
		}
		Binder settings = Binder.get(environment);
		EmbeddedNeo4jProperties properties = settings.bindOrCreate("boomerang.embedded", EmbeddedNeo4jProperties.class);
		NewStoreSeed.Seeding seeding = null;
		if (EmbeddedNeo4j.canSeed(properties.dataDir())) {
			seeding = SpringFactoriesLoader.forDefaultResourceLocation(context.getClassLoader())
				.load(NewStoreSeed.class)
				.stream()
				.map((seed) -> seed.plan(properties.dataDir(), settings))
				.flatMap(Optional::stream)
				.findFirst()
				.orElse(null);
		}
		EmbeddedNeo4j db = EmbeddedNeo4j.start(properties, seeding);
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
		beans.registerSingleton(BEAN_NAME, db);
		// Shut down with the context, after the beans that use it (the driver and its
		// users).
		beans.registerDisposableBean(BEAN_NAME, db);
	}

}
