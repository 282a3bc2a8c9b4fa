package org.boomerang.teaching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What readers rank against, never changed once published: writers make a changed copy.
 * Per slot: the person, the {@link PackedAttributes packed attributes and places},
 * institution (code, last day) pairs and profession codes. Per skill code: packed
 * {@code slot << 3 | level} of its teachers and their evidence for it on
 * {@link Days#REFERENCE_DAY}.
 *
 * @param bySlot the person in each slot, null for a free slot
 * @param attributes packed attributes per slot
 * @param places packed current institutions per slot
 * @param institutions (code, last day) pairs per slot, in the order of the row's
 * affiliations
 * @param professions profession codes per slot
 * @param holderSlots per skill code, its teachers as {@code slot << 3 | level}
 * @param holderEvidence per skill code, each teacher's evidence for it
 * @param people how many people are held
 * @param placeNames names of institutions and professions by id
 */
record Snapshot(Teacher[] bySlot, long[] attributes, long[] places, int[][] institutions, int[][] professions,
		int[][] holderSlots, double[][] holderEvidence, int people, Map<String, String> placeNames) {

	/** Nobody, with room for the slots and skill codes given out so far. */
	static Snapshot empty(int slots, int skills, Map<String, String> placeNames) {
		return new Snapshot(new Teacher[slots], new long[slots], new long[slots], new int[slots][], new int[slots][],
				new int[skills][], new double[skills][], 0, Map.copyOf(placeNames));
	}

	Snapshot withPlaceNames(Map<String, String> names) {
		return new Snapshot(this.bySlot, this.attributes, this.places, this.institutions, this.professions,
				this.holderSlots, this.holderEvidence, this.people, Map.copyOf(names));
	}

	/** The person held for an id, or null. */
	Teacher teacher(Codes codes, String id) {
		Integer slot = codes.slot(id);
		return (slot != null && slot < this.bySlot.length) ? this.bySlot[slot] : null;
	}

	/**
	 * A copy with people put in (new or reloaded) and people taken out. Only the slots
	 * and the skills they touch are copied anew; the rest is shared.
	 */
	Snapshot with(Collection<TeacherRow> rows, Collection<String> removed, Codes codes) {
		for (TeacherRow row : rows) {
			codes.addPerson(row.id());
		}
		int size = Math.max(this.bySlot.length, codes.people());
		Teacher[] people = Arrays.copyOf(this.bySlot, size);
		long[] attributes = Arrays.copyOf(this.attributes, size);
		long[] packedPlaces = Arrays.copyOf(this.places, size);
		int[][] institutions = Arrays.copyOf(this.institutions, size);
		int[][] professions = Arrays.copyOf(this.professions, size);
		int count = this.people;
		int today = Days.today();
		Set<Integer> changedSlots = new HashSet<>();
		Set<Integer> touchedSkills = new HashSet<>();
		for (String id : removed) {
			Integer slot = codes.slot(id);
			if (slot != null && slot < size && people[slot] != null) {
				forEach(people[slot].teachCodes, touchedSkills);
				people[slot] = null;
				attributes[slot] = 0;
				packedPlaces[slot] = 0;
				institutions[slot] = null;
				professions[slot] = null;
				changedSlots.add(slot);
				count--;
			}
		}
		Map<Integer, List<Teacher>> added = new HashMap<>();
		for (TeacherRow row : rows) {
			int slot = codes.slot(row.id());
			Teacher old = people[slot];
			if (old != null) {
				forEach(old.teachCodes, touchedSkills);
			}
			else {
				count++;
			}
			Teacher teacher = new Teacher(slot, row, codes.skillCodes(row.teachSkills()),
					codes.skillCodes(row.taughtSkills()));
			people[slot] = teacher;
			attributes[slot] = PackedAttributes.attributes(row, today);
			int[] places = new int[row.institutions().length * 2];
			int[] placeCodes = codes.placeCodes(row.institutions());
			for (int i = 0; i < placeCodes.length; i++) {
				places[2 * i] = placeCodes[i];
				places[2 * i + 1] = row.institutionUntil()[i];
			}
			institutions[slot] = places;
			packedPlaces[slot] = PackedAttributes.places(places, today);
			professions[slot] = codes.placeCodes(row.professions());
			changedSlots.add(slot);
			for (int code : teacher.teachCodes) {
				touchedSkills.add(code);
				added.computeIfAbsent(code, (c) -> new ArrayList<>()).add(teacher);
			}
		}
		int skills = Math.max(this.holderSlots.length, codes.skills());
		int[][] holderSlots = Arrays.copyOf(this.holderSlots, skills);
		double[][] holderEvidence = Arrays.copyOf(this.holderEvidence, skills);
		for (int code : touchedSkills) {
			int[] slotsBefore = (holderSlots[code] != null) ? holderSlots[code] : new int[0];
			double[] evidenceBefore = (holderEvidence[code] != null) ? holderEvidence[code] : new double[0];
			List<Teacher> extra = added.getOrDefault(code, List.of());
			int[] slotsAfter = new int[slotsBefore.length + extra.size()];
			double[] evidenceAfter = new double[slotsAfter.length];
			int n = 0;
			for (int i = 0; i < slotsBefore.length; i++) {
				if (!changedSlots.contains(slotsBefore[i] >>> 3)) {
					slotsAfter[n] = slotsBefore[i];
					evidenceAfter[n++] = evidenceBefore[i];
				}
			}
			for (Teacher teacher : extra) {
				slotsAfter[n] = (teacher.slot << 3) | teacher.level(code);
				evidenceAfter[n++] = teacher.evidence(code);
			}
			holderSlots[code] = (n == slotsAfter.length) ? slotsAfter : Arrays.copyOf(slotsAfter, n);
			holderEvidence[code] = (n == evidenceAfter.length) ? evidenceAfter : Arrays.copyOf(evidenceAfter, n);
		}
		return new Snapshot(people, attributes, packedPlaces, institutions, professions, holderSlots, holderEvidence,
				count, this.placeNames);
	}

	private static void forEach(int[] codes, Set<Integer> into) {
		for (int code : codes) {
			into.add(code);
		}
	}

}
