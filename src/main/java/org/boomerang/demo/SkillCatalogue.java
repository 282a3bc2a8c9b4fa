package org.boomerang.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.boomerang.importing.EscoConcept;
import org.boomerang.importing.EscoFilter;
import org.boomerang.importing.EscoTaxonomy;

/**
 * The skills people of the demo network can hold: the local skills first, then the ESCO
 * skills (not groups), each with its area and the professions it fits ({@link SkillFit}),
 * and per profession and area the pools people draw from. Of ESCO only the part for
 * health-professions education is ever drawn ({@link EscoFilter}, the filter of the
 * shipped subset), also when the whole export is given.
 */
final class SkillCatalogue {

	/**
	 * Of a profession's ESCO draws in its clinical area, the share from its own practice.
	 */
	private static final double OWN_PRACTICE = 0.7;

	private final EscoTaxonomy esco;

	private final List<String> ids = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<SkillArea> areas = new ArrayList<>();

	private final List<Set<Profession>> fits = new ArrayList<>();

	private final Map<Profession, Map<SkillArea, int[]>> localPools = new EnumMap<>(Profession.class);

	private final Map<Profession, Map<SkillArea, int[]>> escoPools = new EnumMap<>(Profession.class);

	/** Per profession, the ESCO clinical skills of its own practice only. */
	private final Map<Profession, int[]> ownClinical = new EnumMap<>(Profession.class);

	private final Map<String, String> escoByLabel = new HashMap<>();

	SkillCatalogue(EscoTaxonomy esco) {
		this.esco = esco;
		for (EscoConcept concept : esco.concepts()) {
			this.escoByLabel.putIfAbsent(concept.name().toLowerCase(Locale.ROOT), concept.uri());
		}
		Set<String> education = new HashSet<>();
		EscoFilter.healthProfessionsEducation(esco).concepts().forEach((c) -> education.add(c.uri()));
		Map<Profession, Map<SkillArea, List<Integer>>> local = new EnumMap<>(Profession.class);
		Map<Profession, Map<SkillArea, List<Integer>>> escoSkills = new EnumMap<>(Profession.class);
		Map<Profession, List<Integer>> own = new EnumMap<>(Profession.class);
		for (LocalSkill skill : LocalSkills.ALL) {
			Set<Profession> fit = SkillFit.of(skill);
			int index = add(skill.id(), skill.name(), skill.area(), fit);
			fit.forEach((p) -> pool(local, p, skill.area()).add(index));
		}
		for (EscoConcept concept : esco.concepts()) {
			if (concept.group() || concept.name().isBlank()) {
				continue;
			}
			SkillArea area = SkillArea.ofLabel(concept.name());
			Set<Profession> fit = education.contains(concept.uri()) ? SkillFit.of(concept, area) : Set.of();
			int index = add(concept.uri(), concept.name(), area, fit);
			for (Profession profession : fit) {
				pool(escoSkills, profession, area).add(index);
				if (area == SkillArea.CLINICAL && profession.practises(concept.name())) {
					own.computeIfAbsent(profession, (p) -> new ArrayList<>()).add(index);
				}
			}
		}
		for (Profession profession : Profession.values()) {
			this.localPools.put(profession, ints(local.get(profession)));
			this.escoPools.put(profession, ints(escoSkills.get(profession)));
			this.ownClinical.put(profession, ints(own.get(profession)));
		}
	}

	private static List<Integer> pool(Map<Profession, Map<SkillArea, List<Integer>>> pools, Profession profession,
			SkillArea area) {
		return pools.computeIfAbsent(profession, (p) -> new EnumMap<>(SkillArea.class))
			.computeIfAbsent(area, (a) -> new ArrayList<>());
	}

	private int add(String id, String name, SkillArea area, Set<Profession> fit) {
		this.ids.add(id);
		this.names.add(name);
		this.areas.add(area);
		this.fits.add(fit);
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

	/**
	 * The professions a skill of the catalogue fits, by id; empty for none or an unknown
	 * id.
	 */
	Set<Profession> fits(String skillId) {
		int index = this.ids.indexOf(skillId);
		return (index < 0) ? Set.of() : this.fits.get(index);
	}

	/** The URI of an ESCO concept by its preferred label (any case), or null. */
	String escoUri(String label) {
		return this.escoByLabel.get(label.toLowerCase(Locale.ROOT));
	}

	/**
	 * Draws a skill of an area that fits a profession: half the time a local skill,
	 * otherwise an ESCO one (for the clinical area, mostly one of the profession's own
	 * practice rather than of health care in general).
	 * @return the skill, or -1 when no skill of the area fits
	 */
	int draw(SkillArea area, Profession profession, SplittableRandom random) {
		boolean local = random.nextDouble() < 0.5;
		int[] pool;
		if (local) {
			pool = this.localPools.get(profession).get(area);
		}
		else if (area == SkillArea.CLINICAL && random.nextDouble() < OWN_PRACTICE
				&& this.ownClinical.get(profession).length > 0) {
			pool = this.ownClinical.get(profession);
		}
		else {
			pool = this.escoPools.get(profession).get(area);
		}
		if (pool.length == 0) {
			pool = (local ? this.escoPools : this.localPools).get(profession).get(area);
		}
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
	}

	/**
	 * Draws a local skill of an area that fits a profession.
	 * @return the skill, or -1 when no local skill of the area fits
	 */
	int drawLocal(SkillArea area, Profession profession, SplittableRandom random) {
		int[] pool = this.localPools.get(profession).get(area);
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
	}

	private static Map<SkillArea, int[]> ints(Map<SkillArea, List<Integer>> lists) {
		Map<SkillArea, int[]> pools = new EnumMap<>(SkillArea.class);
		for (SkillArea area : SkillArea.values()) {
			pools.put(area, ints((lists != null) ? lists.get(area) : null));
		}
		return pools;
	}

	private static int[] ints(List<Integer> list) {
		return (list == null) ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
	}

}
