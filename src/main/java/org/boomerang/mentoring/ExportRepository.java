package org.boomerang.mentoring;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Reads transfers for the research export, one record at a time from an open read
 * transaction, and keeps the pseudonym secret.
 */
@Repository
class ExportRepository {

	private final Driver driver;

	private final Queries queries;

	ExportRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * The stored pseudonym secret, created on first use.
	 */
	String pseudonymKey() {
		byte[] candidate = new byte[32];
		new SecureRandom().nextBytes(candidate);
		return this.driver.executableQuery(this.queries.get("mentoring/export-key"))
			.withParameters(
					Map.of("candidate", HexFormat.of().formatHex(candidate), "now", ZonedDateTime.now(ZoneOffset.UTC)))
			.execute()
			.records()
			.get(0)
			.get("key")
			.asString();
	}

	/**
	 * Hands every transfer to the consumer as it arrives from the database. Not retried:
	 * rows already handed on cannot be taken back.
	 */
	void transfers(Consumer<ExportRow> rows) {
		try (Session session = this.driver.session(Queries.READ_SESSION); Transaction tx = session.beginTransaction()) {
			Result result = tx.run(this.queries.get("mentoring/export-transfers"));
			while (result.hasNext()) {
				Record r = result.next();
				rows.accept(new ExportRow(r.get("on").asLocalDate(), r.get("skillId").asString(),
						r.get("skillName").asString(null), r.get("from").asString(), r.get("to").asString(),
						r.get("fromStage").asString(null), r.get("toStage").asString(null),
						r.get("direction").asString(null), strings(r.get("fromProfessions")),
						strings(r.get("toProfessions")), strings(r.get("fromInstitutionKinds")),
						strings(r.get("toInstitutionKinds")), r.get("mentorship").asString(null),
						r.get("origin").asString(null), r.get("mentorshipDirection").asString(null),
						r.get("format").asString(null), r.get("minutes").isNull() ? null : r.get("minutes").asInt(),
						r.get("rating").isNull() ? null : r.get("rating").asInt(),
						r.get("learnerConfirmed").isNull() ? null : r.get("learnerConfirmed").asBoolean()));
			}
			tx.commit();
		}
	}

	private static List<String> strings(Value list) {
		return list.isNull() ? List.of() : list.asList(Value::asString);
	}

	/**
	 * One transfer as exported, before pseudonymisation.
	 *
	 * @param on day
	 * @param skillId skill id
	 * @param skillName skill name
	 * @param from teacher id
	 * @param to learner id
	 * @param fromStage teacher's stage
	 * @param toStage learner's stage
	 * @param direction direction
	 * @param fromProfessions teacher's professions on the day
	 * @param toProfessions learner's professions on the day
	 * @param fromInstitutionKinds kinds of the teacher's institutions on the day
	 * @param toInstitutionKinds kinds of the learner's institutions on the day
	 * @param mentorship mentorship id
	 * @param origin mentorship origin
	 * @param mentorshipDirection mentorship direction
	 * @param format format
	 * @param minutes minutes
	 * @param rating rating
	 * @param learnerConfirmed learner confirmation
	 */
	record ExportRow(LocalDate on, String skillId, String skillName, String from, String to, String fromStage,
			String toStage, String direction, List<String> fromProfessions, List<String> toProfessions,
			List<String> fromInstitutionKinds, List<String> toInstitutionKinds, String mentorship, String origin,
			String mentorshipDirection, String format, Integer minutes, Integer rating, Boolean learnerConfirmed) {
	}

}
