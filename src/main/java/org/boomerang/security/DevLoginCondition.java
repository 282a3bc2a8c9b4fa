package org.boomerang.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the development sign-in is on ({@link SecurityProperties#devLoginOn}).
 */
class DevLoginCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return SecurityProperties.devLoginOn(context.getEnvironment());
	}

}
