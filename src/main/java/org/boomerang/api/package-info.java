/**
 * What every feature may use to talk to API callers: the exceptions that become coded
 * errors, and shared shapes such as {@link org.boomerang.api.PageInfo}. Depends on no
 * other package of Boomerang.
 */
package org.boomerang.api;
