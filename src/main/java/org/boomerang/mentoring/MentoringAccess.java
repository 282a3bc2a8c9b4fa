package org.boomerang.mentoring;

import org.boomerang.api.ForbiddenException;
import org.boomerang.api.NotFoundException;
import org.boomerang.security.Caller;
import org.boomerang.security.Scopes;

import org.springframework.stereotype.Component;

/**
 * Who may start and end mentorships and record and confirm transfers: their participants
 * (mentor or mentee; teacher or learner), the coordinators of the mentorship's programme,
 * admins and clients with {@link Scopes#RECORD}. Only the learner (or an admin, or a
 * recording client acting for them) confirms and rates a transfer.
 */
@Component
class MentoringAccess {

	private final MentoringRepository repository;

	MentoringAccess(MentoringRepository repository) {
		this.repository = repository;
	}

	private static boolean trusted(Caller caller) {
		return caller.isAdmin() || caller.hasScope(Scopes.RECORD);
	}

	/**
	 * startMentorship: one of the two, a coordinator of a programme both are in, or
	 * trusted.
	 */
	void checkStart(Caller caller, MentorshipInput input) {
		if (trusted(caller) || isOneOf(caller, input.mentor(), input.mentee())) {
			return;
		}
		if (caller.isCoordinator() && caller.personId() != null) {
			if (this.repository.pairCoordinators(String.valueOf(input.mentor()), String.valueOf(input.mentee()))
				.contains(caller.personId())) {
				return;
			}
		}
		throw new ForbiddenException("startMentorship: you may start a mentorship only as its mentor or mentee, as a"
				+ " coordinator of a programme both are enrolled in, as an admin or with the scope boomerang:record");
	}

	/** endMentorship: one of the two, a coordinator of its programme, or trusted. */
	void checkEnd(Caller caller, String id) {
		if (trusted(caller)) {
			return;
		}
		MentoringRepository.Access row = this.repository.mentorshipAccess(id)
			.orElseThrow(() -> new NotFoundException(
					"there is no mentorship '" + id + "'; check the id (startMentorship creates one)"));
		if (caller.personId() != null && (row.participants().contains(caller.personId())
				|| (caller.isCoordinator() && row.coordinators().contains(caller.personId())))) {
			return;
		}
		throw new ForbiddenException("endMentorship: you may end mentorship '" + id + "' only as its mentor or mentee,"
				+ " as a coordinator of its programme, as an admin or with the scope boomerang:record");
	}

	/**
	 * recordTransfer: the teacher or learner, a coordinator of the programme of its
	 * mentorship, or trusted; the outcome's confirmation and rating only by the learner
	 * or trusted callers.
	 */
	void checkRecord(Caller caller, TransferInput input) {
		boolean learner = caller.personId() != null && caller.personId().equals(input.to());
		boolean confirms = input.outcome() != null
				&& (input.outcome().learnerConfirmed() != null || input.outcome().rating() != null);
		if (confirms && !learner && !trusted(caller)) {
			throw new ForbiddenException("recordTransfer: only the learner confirms and rates a transfer"
					+ " (outcome.learnerConfirmed, outcome.rating); a teacher cannot confirm their own teaching. Record it"
					+ " without them, and the learner confirms it with confirmTransfer");
		}
		if (trusted(caller) || isOneOf(caller, input.from(), input.to())) {
			return;
		}
		if (caller.isCoordinator() && caller.personId() != null && input.mentorship() != null) {
			if (this.repository.mentorshipAccess(input.mentorship())
				.map((row) -> row.coordinators().contains(caller.personId()))
				.orElse(false)) {
				return;
			}
		}
		throw new ForbiddenException("recordTransfer: you may record a transfer only as its teacher or learner, as a"
				+ " coordinator of the programme of its mentorship, as an admin or with the scope boomerang:record");
	}

	/** confirmTransfer: the learner, or trusted. */
	void checkConfirm(Caller caller, String id) {
		MentoringRepository.Sides sides = this.repository.transferSides(id)
			.orElseThrow(() -> new NotFoundException(
					"there is no transfer '" + id + "'; check the id (recordTransfer records one)"));
		if (trusted(caller) || sides.learner().equals(caller.personId())) {
			return;
		}
		if (sides.teacher().equals(caller.personId())) {
			throw new ForbiddenException("confirmTransfer: a teacher cannot confirm their own teaching; the learner ("
					+ sides.learner() + ") confirms transfer '" + id + "'");
		}
		throw new ForbiddenException("confirmTransfer: only the learner of transfer '" + id
				+ "' confirms it (or an admin, or a client with the scope boomerang:record acting for them)");
	}

	private static boolean isOneOf(Caller caller, String a, String b) {
		return caller.personId() != null && (caller.personId().equals(a) || caller.personId().equals(b));
	}

}
