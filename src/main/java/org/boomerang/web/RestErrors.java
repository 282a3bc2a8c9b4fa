package org.boomerang.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the plain HTTP endpoints ({@code /api/...}) that arise before a controller is
 * chosen, in the same JSON shape as the controllers' own errors: {@code error},
 * {@code message}, {@code problems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
				: String.join(", ", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
		String sent = (ex.getContentType() != null) ? "'" + ex.getContentType() + "'" : "(none)";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "UNSUPPORTED_MEDIA_TYPE");
		body.put("message", "Content-Type " + sent + " is not supported here: send " + supported);
		body.put("problems", List.of());
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

}
