package org.boomerang.demo;

import java.io.ByteArrayInputStream;

import org.boomerang.graph.GraphReadyListener;
import org.boomerang.importing.EscoImporter;
import org.boomerang.importing.EscoReader;
import org.boomerang.importing.EscoTaxonomy;
import org.boomerang.importing.ImportResult;
import org.boomerang.importing.ImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo network into a graph that has no people yet, at start-up: first the
 * shipped ESCO subset ({@value #ESCO_SUBSET}), then a generated network of institutions,
 * professions, communities, people, mentorships and transfers, both through
 * {@link ImportService}. A graph with people in it is left alone.
 */
@Component
@Order(100)
public class DemoLoader implements GraphReadyListener {

	/** Where the ESCO subset for health-professions education lies on the class path. */
	public static final String ESCO_SUBSET = "demo/esco";

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final DemoProperties properties;

	private final DemoRepository repository;

	private final EscoImporter esco;

	private final ImportService imports;

	DemoLoader(DemoProperties properties, DemoRepository repository, EscoImporter esco, ImportService imports) {
		this.properties = properties;
		this.repository = repository;
		this.esco = esco;
		this.imports = imports;
	}

	@Override
	public void graphReady() {
		if (this.properties.enabled()) {
			loadIfEmpty();
		}
	}

	/**
	 * Loads the demo network unless the graph already has people.
	 * @return whether it loaded anything
	 */
	public boolean loadIfEmpty() {
		if (this.repository.hasPeople()) {
			log.info("Demo network not loaded: the graph already has people");
			return false;
		}
		long start = System.nanoTime();
		EscoTaxonomy subset = EscoReader.readClasspath(ESCO_SUBSET);
		EscoImporter.Result skills = this.esco.importTaxonomy(subset);
		DemoNetworkGenerator.Settings settings = DemoNetworkGenerator.Settings.demo(this.properties.people(),
				this.properties.seed(), this.properties.asOfOrToday());
		byte[] document = new DemoNetworkGenerator(subset, settings).toBytes();
		ImportResult network = this.imports.importDocument(new ByteArrayInputStream(document));
		log.info(
				"Demo network loaded in {} ms: ESCO subset of {} skills and {} groups ({} ms), then {} ({} ms;"
						+ " seed {}, as of {})",
				(System.nanoTime() - start) / 1_000_000, skills.skills(), skills.groups(), skills.tookMs(),
				network.counts(), network.tookMs(), settings.seed(), settings.asOf());
		return true;
	}

}
