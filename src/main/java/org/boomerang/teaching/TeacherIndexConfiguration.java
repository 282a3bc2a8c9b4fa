package org.boomerang.teaching;

import org.boomerang.teaching.index.TeacherIndex;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the in-memory teacher index with its setting.
 */
@Configuration(proxyBeanMethods = false)
class TeacherIndexConfiguration {

	@Bean
	TeacherIndex teacherIndex(TeachingProperties properties) {
		return new TeacherIndex(properties.candidateCache());
	}

}
