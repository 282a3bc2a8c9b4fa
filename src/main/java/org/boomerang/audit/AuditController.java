package org.boomerang.audit;

import java.time.OffsetDateTime;

import org.boomerang.security.CurrentCaller;
import org.boomerang.security.Permissions;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The audit trail for admins.
 */
@Controller
class AuditController {

	private final AuditRepository trail;

	private final CurrentCaller caller;

	AuditController(AuditRepository trail, CurrentCaller caller) {
		this.trail = trail;
		this.caller = caller;
	}

	@QueryMapping
	AuditConnection auditTrail(@Argument Integer first, @Argument String after, @Argument OffsetDateTime since,
			@Argument OffsetDateTime until, @Argument String subject) {
		Permissions.requireAdmin(this.caller.current(), "auditTrail");
		return this.trail.page(first, after, since, until, subject);
	}

}
