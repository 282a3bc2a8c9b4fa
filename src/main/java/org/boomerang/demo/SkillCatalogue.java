package org.boomerang.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boomerang.importing.EscoConcept;
import org.boomerang.importing.EscoTaxonomy;

/**
 * The skills people of the demo network can hold: the local skills first, then the ESCO
 * skills (not groups), each with its area, and the pools people draw from.
 */
final class SkillCatalogue {

	private final EscoTaxonomy esco;

	private final List<String> ids = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<SkillArea> areas = new ArrayList<>();

	private final Map<SkillArea, int[]> localPool = new EnumMap<>(SkillArea.class);

	private final Map<SkillArea, int[]> escoPool = new EnumMap<>(SkillArea.class);

	private final Map<Profession, int[]> localClinical = new EnumMap<>(Profession.class);

	private final Map<Profession, int[]> escoClinical = new EnumMap<>(Profession.class);

	private final Map<String, String> escoByLabel = new HashMap<>();

	SkillCatalogue(EscoTaxonomy esco) {
		this.esco = esco;
		for (EscoConcept concept : esco.concepts()) {
			this.escoByLabel.putIfAbsent(concept.name().toLowerCase(Locale.ROOT), concept.uri());
		}
		Map<SkillArea, List<Integer>> local = new EnumMap<>(SkillArea.class);
		Map<SkillArea, List<Integer>> escoSkills = new EnumMap<>(SkillArea.class);
		Map<Profession, List<Integer>> localOwn = new EnumMap<>(Profession.class);
		Map<Profession, List<Integer>> escoOwn = new EnumMap<>(Profession.class);
		for (LocalSkill skill : LocalSkills.ALL) {
			int index = add(skill.id(), skill.name(), skill.area());
			local.computeIfAbsent(skill.area(), (a) -> new ArrayList<>()).add(index);
			if (skill.area() == SkillArea.CLINICAL) {
				for (Profession profession : Profession.values()) {
					if (profession.clinical()
							&& (skill.professions().isEmpty() || skill.professions().contains(profession))) {
						localOwn.computeIfAbsent(profession, (p) -> new ArrayList<>()).add(index);
					}
				}
			}
		}
		for (EscoConcept concept : esco.concepts()) {
			if (concept.group() || concept.name().isBlank()) {
				continue;
			}
			SkillArea area = SkillArea.ofLabel(concept.name());
			int index = add(concept.uri(), concept.name(), area);
			escoSkills.computeIfAbsent(area, (a) -> new ArrayList<>()).add(index);
			if (area == SkillArea.CLINICAL) {
				for (Profession profession : Profession.values()) {
					if (profession.practises(concept.name())) {
						escoOwn.computeIfAbsent(profession, (p) -> new ArrayList<>()).add(index);
					}
				}
			}
		}
		for (SkillArea area : SkillArea.values()) {
			this.localPool.put(area, ints(local.get(area)));
			this.escoPool.put(area, ints(escoSkills.get(area)));
		}
		for (Profession profession : Profession.values()) {
			this.localClinical.put(profession, ints(localOwn.get(profession)));
			this.escoClinical.put(profession, ints(escoOwn.get(profession)));
		}
	}

	private int add(String id, String name, SkillArea area) {
		this.ids.add(id);
		this.names.add(name);
		this.areas.add(area);
		return this.ids.size() - 1;
	}

	EscoTaxonomy esco() {
		return this.esco;
	}

	int size() {
		return this.ids.size();
	}

	String id(int skill) {
		return this.ids.get(skill);
	}

	String name(int skill) {
		return this.names.get(skill);
	}

	SkillArea area(int skill) {
		return this.areas.get(skill);
	}

	/** The area of a skill of the catalogue, by id, or null. */
	SkillArea area(String skillId) {
		int index = this.ids.indexOf(skillId);
		return (index < 0) ? null : this.areas.get(index);
	}

	/** The URI of an ESCO concept by its preferred label (any case), or null. */
	String escoUri(String label) {
		return this.escoByLabel.get(label.toLowerCase(Locale.ROOT));
	}

	/**
	 * Draws a skill of an area for a person of a profession: half the time a local skill,
	 * otherwise an ESCO one (for a clinical area, mostly one of the profession's own).
	 * @return the skill, or -1 when the area has none
	 */
	int draw(SkillArea area, Profession profession, java.util.SplittableRandom random) {
		boolean local = random.nextDouble() < 0.5;
		int[] pool;
		if (area == SkillArea.CLINICAL && profession.clinical()) {
			pool = local ? this.localClinical.get(profession)
					: (random.nextDouble() < 0.7 && this.escoClinical.get(profession).length > 0)
							? this.escoClinical.get(profession) : this.escoPool.get(area);
		}
		else {
			pool = local ? this.localPool.get(area) : this.escoPool.get(area);
		}
		if (pool.length == 0) {
			pool = local ? this.escoPool.get(area) : this.localPool.get(area);
		}
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
	}

	/**
	 * Draws a local skill of an area for a person of a profession.
	 * @return the skill, or -1 when the area has none
	 */
	int drawLocal(SkillArea area, Profession profession, java.util.SplittableRandom random) {
		int[] pool = (area == SkillArea.CLINICAL && profession.clinical()) ? this.localClinical.get(profession)
				: this.localPool.get(area);
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
	}

	private static int[] ints(List<Integer> list) {
		return (list == null) ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
	}

}
