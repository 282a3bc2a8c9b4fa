package org.boomerang.programme;

/**
 * A mentor and mentee named in proposeAssignment's lock or exclude.
 *
 * @param mentor the mentor's id
 * @param mentee the mentee's id
 */
record PairInput(String mentor, String mentee) {

	Pairing pairing() {
		return new Pairing(this.mentor, this.mentee);
	}

}
