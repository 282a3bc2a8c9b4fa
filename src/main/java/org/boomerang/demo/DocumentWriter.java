package org.boomerang.demo;

import java.util.ArrayList;
import java.util.List;

import org.boomerang.importing.EscoDocument;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the demo network as an import document ({@code boomerang-import/1}), streaming:
 * each part goes out as soon as it is known, so a large network never exists as a
 * document in memory.
 */
final class DocumentWriter {

	private final JsonGenerator json;

	private final SkillCatalogue skills;

	DocumentWriter(JsonGenerator json, SkillCatalogue skills) {
		this.json = json;
		this.skills = skills;
	}

	void start() {
		this.json.writeStartObject();
		this.json.writeStringProperty("format", "boomerang-import/1");
	}

	void end() {
		this.json.writeEndObject();
	}

	void institutions() {
		this.json.writeArrayPropertyStart("institutions");
		for (DemoCatalogue.Institution institution : DemoCatalogue.INSTITUTIONS) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", institution.id());
			this.json.writeStringProperty("name", institution.name());
			this.json.writeStringProperty("kind", institution.kind().name());
			this.json.writeStringProperty("location", institution.location());
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	void professions() {
		this.json.writeArrayPropertyStart("professions");
		for (Profession profession : Profession.values()) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", profession.id());
			this.json.writeStringProperty("name", profession.label());
			if (profession.escoOccupation() != null) {
				this.json.writeStringProperty("escoOccupation", profession.escoOccupation());
			}
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	/**
	 * Writes the local skills, after the ESCO ones when asked.
	 * @return how many skills were written
	 */
	int skills(boolean includeEsco) {
		this.json.writeArrayPropertyStart("skills");
		int written = 0;
		if (includeEsco) {
			for (var skill : EscoDocument.convert(this.skills.esco()).skills()) {
				this.json.writeTree(skill);
				written++;
			}
		}
		for (LocalSkill skill : LocalSkills.ALL) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", skill.id());
			this.json.writeStringProperty("name", skill.name());
			strings("aliases", skill.aliases());
			this.json.writeStringProperty("description", skill.description());
			List<String> broader = new ArrayList<>(skill.broader());
			for (String label : skill.escoLabels()) {
				String uri = this.skills.escoUri(label);
				if (uri != null && !broader.contains(uri)) {
					broader.add(uri);
				}
			}
			if (!broader.isEmpty()) {
				strings("broader", broader);
			}
			this.json.writeEndObject();
			written++;
		}
		this.json.writeEndArray();
		return written;
	}

	void communities() {
		this.json.writeArrayPropertyStart("communities");
		for (DemoCatalogue.Community community : DemoCatalogue.COMMUNITIES) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", community.id());
			this.json.writeStringProperty("name", community.name());
			this.json.writeStringProperty("description", community.description());
			strings("focus", community.focus());
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	/**
	 * Writes the people.
	 * @return the skills held and the wishes to learn, over everyone
	 */
	long[] people(List<Population.Person> people) {
		long hasSkill = 0;
		long wants = 0;
		this.json.writeArrayPropertyStart("people");
		for (Population.Person p : people) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", p.id);
			this.json.writeStringProperty("name", p.name);
			this.json.writeStringProperty("careerStage", p.careerStage().name());
			if (p.email != null) {
				this.json.writeStringProperty("email", p.email);
			}
			if (p.bio != null) {
				this.json.writeStringProperty("bio", p.bio);
			}
			if (p.startedPracticeYear != null) {
				this.json.writeNumberProperty("startedPracticeYear", p.startedPracticeYear);
			}
			strings("professions", p.professions.stream().map(Profession::id).toList());
			this.json.writeArrayPropertyStart("affiliations");
			for (Population.Affiliation a : p.affiliations) {
				this.json.writeStartObject();
				this.json.writeStringProperty("institution", a.institution().id());
				this.json.writeStringProperty("role", a.role());
				this.json.writeStringProperty("from", a.from().toString());
				if (a.to() != null) {
					this.json.writeStringProperty("to", a.to().toString());
				}
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
			this.json.writeArrayPropertyStart("communities");
			for (Population.Membership m : p.communities) {
				this.json.writeStartObject();
				this.json.writeStringProperty("community", m.community().id());
				this.json.writeStringProperty("from", m.from().toString());
				if (m.to() != null) {
					this.json.writeStringProperty("to", m.to().toString());
				}
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
			this.json.writeArrayPropertyStart("skills");
			for (int i = 0; i < p.skills.length; i++) {
				this.json.writeStartObject();
				this.json.writeStringProperty("skill", this.skills.id(p.skills[i]));
				this.json.writeNumberProperty("level", p.levels[i]);
				this.json.writeBooleanProperty("canTeach", p.canTeach[i]);
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
			hasSkill += p.skills.length;
			this.json.writeArrayPropertyStart("wantsToLearn");
			for (int i = 0; i < p.wants.length; i++) {
				this.json.writeStartObject();
				this.json.writeStringProperty("skill", this.skills.id(p.wants[i]));
				this.json.writeNumberProperty("priority", p.priorities[i]);
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
			wants += p.wants.length;
			this.json.writeNumberProperty("mentoringCapacity", p.capacity);
			if (p.visibility != null) {
				this.json.writeStringProperty("visibility", p.visibility.name());
			}
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
		return new long[] { hasSkill, wants };
	}

	void mentorships(List<Population.Person> people, List<MentoringHistory.Mentorship> mentorships) {
		this.json.writeArrayPropertyStart("mentorships");
		for (MentoringHistory.Mentorship m : mentorships) {
			this.json.writeStartObject();
			this.json.writeStringProperty("id", m.id);
			this.json.writeStringProperty("mentor", people.get(m.mentor).id);
			this.json.writeStringProperty("mentee", people.get(m.mentee).id);
			strings("skills", m.skills.stream().map(this.skills::id).toList());
			this.json.writeStringProperty("startedOn", m.startedOn.toString());
			if (m.endedOn != null) {
				this.json.writeStringProperty("endedOn", m.endedOn.toString());
			}
			this.json.writeStringProperty("origin", m.origin.name());
			if (m.program != null) {
				this.json.writeStringProperty("program", m.program);
			}
			this.json.writeStringProperty("goals", m.goals);
			this.json.writeEndObject();
		}
		this.json.writeEndArray();
	}

	void startTransfers() {
		this.json.writeArrayPropertyStart("transfers");
	}

	void transfer(MentoringHistory.Transfer t) {
		this.json.writeStartObject();
		this.json.writeStringProperty("id", t.id());
		this.json.writeStringProperty("from", t.from().id);
		this.json.writeStringProperty("to", t.to().id);
		this.json.writeStringProperty("skill", this.skills.id(t.skill()));
		this.json.writeStringProperty("on", t.on().toString());
		if (t.mentorship() != null) {
			this.json.writeStringProperty("mentorship", t.mentorship());
		}
		this.json.writeStringProperty("format", t.format().name());
		this.json.writeNumberProperty("minutes", t.minutes());
		if (t.rating() != null) {
			this.json.writeObjectPropertyStart("outcome");
			this.json.writeNumberProperty("rating", t.rating());
			this.json.writeBooleanProperty("learnerConfirmed", t.confirmed());
			if (t.rating() <= 2) {
				this.json.writeStringProperty("notes", "Session did not meet the learner's needs.");
			}
			this.json.writeEndObject();
		}
		this.json.writeEndObject();
	}

	void endTransfers() {
		this.json.writeEndArray();
	}

	private void strings(String name, List<String> values) {
		this.json.writeArrayPropertyStart(name);
		for (String value : values) {
			this.json.writeString(value);
		}
		this.json.writeEndArray();
	}

}
