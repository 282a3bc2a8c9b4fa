package org.boomerang.security;

/**
 * What a signed-in person may do beyond their own profile. Every signed-in person is
 * {@link #STAFF}; the others come from the token's roles claim.
 */
public enum Role {

	/** Everyone signed in: search, see who they may see, edit their own profile. */
	STAFF,

	/** Runs programmes: acts for the people enrolled in them. */
	COORDINATOR,

	/** Imports, exports, erases and sees everyone. */
	ADMIN

}
