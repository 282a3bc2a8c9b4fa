package org.boomerang.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} and {@code DateTime} scalars of the schema, as ISO-8601 text.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalars() {
		GraphQLScalarType date = scalar("Date", "an ISO-8601 date such as 2026-03-08", LocalDate::parse);
		GraphQLScalarType dateTime = scalar("DateTime", "an ISO-8601 instant with zone such as 2026-03-08T10:00:00Z",
				OffsetDateTime::parse);
		return (wiring) -> wiring.scalar(date).scalar(dateTime);
	}

	private static GraphQLScalarType scalar(String name, String expected, Function<String, Object> parse) {
		return GraphQLScalarType.newScalar().name(name).description(expected).coercing(new Coercing<Object, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof String) {
					return value.toString();
				}
				if (value instanceof ZonedDateTime zoned) {
					return zoned.toOffsetDateTime().toString();
				}
				throw new CoercingSerializeException(name + " cannot be made from " + value.getClass().getSimpleName());
			}

			@Override
			public Object parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					try {
						return parse.apply(text);
					}
					catch (DateTimeParseException ex) {
						// reported below
					}
				}
				throw new CoercingParseValueException("'" + input + "' is not " + expected);
			}

			@Override
			public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return parse.apply(text.getValue());
					}
					catch (DateTimeParseException ex) {
						// reported below
					}
				}
				throw new CoercingParseLiteralException(input + " is not " + expected);
			}

		}).build();
	}

}
