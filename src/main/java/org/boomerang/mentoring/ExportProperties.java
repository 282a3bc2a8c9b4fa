package org.boomerang.mentoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the research export.
 *
 * @param pseudonymKey the secret behind the pseudonyms of people and mentorships (HMAC
 * key); when unset, one is generated on first use and kept in the graph, so pseudonyms
 * stay stable across exports and instances
 */
@ConfigurationProperties("boomerang.export")
record ExportProperties(String pseudonymKey) {
}
