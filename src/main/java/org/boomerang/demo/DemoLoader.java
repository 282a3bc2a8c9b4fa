package org.boomerang.demo;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.boomerang.graph.BackgroundWork;
import org.boomerang.graph.EmbeddedNeo4j;
import org.boomerang.graph.GraphReadyListener;
import org.boomerang.importing.EscoReader;
import org.boomerang.importing.EscoTaxonomy;
import org.boomerang.importing.ImportResult;
import org.boomerang.importing.ImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo network into a graph that has no people yet, at start-up: the shipped
 * ESCO subset ({@value #ESCO_SUBSET}) and a generated network of institutions,
 * professions, communities, people, mentorships and transfers, as one import through
 * {@link ImportService}. A graph with people in it is left alone, which includes a new
 * embedded store that started from the prebuilt demo network ({@link PrebuiltDemoStore}),
 * unless an earlier start began loading the demo and was stopped before the end (its
 * marker says so): then this start completes that load, with the settings it began with.
 */
@Component
@Order(100)
public class DemoLoader implements GraphReadyListener {

	/** Where the ESCO subset for health-professions education lies on the class path. */
	public static final String ESCO_SUBSET = "demo/esco";

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoProperties properties;

	private final DemoRepository repository;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final Function<JsonNode, ImportResult> load;

	/**
	 * The generated network, prepared while the database starts; let go once loaded (its
	 * tree is tens of megabytes).
	 */
	private volatile CompletableFuture<Prepared> prepared;

	@Autowired
	DemoLoader(DemoProperties properties, DemoRepository repository, ImportService imports,
			ObjectProvider<EmbeddedNeo4j> embedded, BackgroundWork background) {
		this(properties, repository, embedded, background, imports::importDocument);
	}

	/**
	 * A loader whose import is given: tests stop it part way, as a killed process would
	 * be.
	 */
	DemoLoader(DemoProperties properties, DemoRepository repository, ObjectProvider<EmbeddedNeo4j> embedded,
			BackgroundWork background, Function<JsonNode, ImportResult> load) {
		this.properties = properties;
		this.repository = repository;
		this.embedded = embedded;
		this.load = load;
		EmbeddedNeo4j db = embedded.getIfAvailable();
		// A new embedded store will get the demo: read and generate it in the background
		// while Neo4j creates the store, instead of after.
		this.prepared = (properties.enabled() && db != null && db.freshStore()) ? CompletableFuture.supplyAsync(
				() -> prepare(currentSettings()), (task) -> background.submit("Demo network preparation", task)) : null;
	}

	@Override
	public void graphReady() {
		if (this.properties.enabled()) {
			loadIfEmpty();
		}
	}

	/**
	 * Loads the demo network unless the graph already has people, or completes a load
	 * that an earlier start began and did not finish. The marker is written before the
	 * first write and marked loaded after the last, and importing the same document again
	 * writes only what is missing, so a start stopped at any point is completed by the
	 * next.
	 * @return whether it loaded anything
	 */
	public boolean loadIfEmpty() {
		CompletableFuture<Prepared> early = this.prepared;
		this.prepared = null;
		DemoRepository.LoadState state = this.repository.loadState();
		DemoRepository.Marker marker = state.marker();
		DemoNetworkGenerator.Settings settings;
		if (marker != null && marker.loaded()) {
			log.info("Demo network already loaded (seed {}, {} people, as of {})", marker.seed(), marker.people(),
					marker.asOf());
			return false;
		}
		else if (marker != null) {
			// The generator's own settings, not today's: the graph holds part of that
			// network.
			settings = DemoNetworkGenerator.Settings.demo(marker.people(), marker.seed(), marker.asOf());
			log.warn("Demo network half loaded: a start stopped while loading it (seed {}, {} people, as of {}); "
					+ "completing it", marker.seed(), marker.people(), marker.asOf());
			early = null;
		}
		else if (state.hasPeople()) {
			EmbeddedNeo4j db = this.embedded.getIfAvailable();
			if (db != null && db.seeded()) {
				log.info("Demo network installed: the new store started from the prebuilt one; nothing to import");
			}
			else {
				log.info("Demo network not loaded: the graph already has people");
			}
			return false;
		}
		else {
			settings = currentSettings();
		}
		long start = System.nanoTime();
		Prepared demo = (early != null) ? early.join() : prepare(settings);
		this.repository.markLoading(settings.people(), settings.seed(), settings.asOf());
		ImportResult network = this.load.apply(demo.document());
		this.repository.markLoaded();
		log.info("Demo network loaded in {} ms (ESCO subset and generated network, one import: {}; seed {}, as of {})",
				(System.nanoTime() - start) / 1_000_000, network.counts(), demo.settings().seed(),
				demo.settings().asOf());
		return true;
	}

	private DemoNetworkGenerator.Settings currentSettings() {
		return DemoNetworkGenerator.Settings.demo(this.properties.people(), this.properties.seed(),
				this.properties.asOf());
	}

	/**
	 * One self-contained document, the ESCO subset's skills included: one validation and
	 * one run of writes cost less than importing the subset first.
	 */
	private Prepared prepare(DemoNetworkGenerator.Settings settings) {
		EscoTaxonomy subset = EscoReader.readClasspath(ESCO_SUBSET);
		byte[] document = new DemoNetworkGenerator(subset, settings).toBytes();
		return new Prepared(settings, ImportService.parse(new ByteArrayInputStream(document)));
	}

	private record Prepared(DemoNetworkGenerator.Settings settings, JsonNode document) {
	}

}
