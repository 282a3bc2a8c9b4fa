package org.boomerang.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.boomerang.api.ApiException;
import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.mentoring.NetworkLevel;
import org.boomerang.security.CurrentCaller;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export/network.graphml}: the place network of a window (the same as the
 * {@code network} query) as GraphML, for Gephi, yEd or Cytoscape desktop.
 */
@RestController
class NetworkExportController {

	private final NetworkService service;

	private final NetworkRepository repository;

	private final CurrentCaller caller;

	NetworkExportController(NetworkService service, NetworkRepository repository, CurrentCaller caller) {
		this.service = service;
		this.repository = repository;
		this.caller = caller;
	}

	@GetMapping("/api/export/network.graphml")
	ResponseEntity<StreamingResponseBody> network(@RequestParam(required = false) String level,
			@RequestParam(required = false) String since, @RequestParam(required = false) String until,
			@RequestParam(required = false) String skill, @RequestParam(required = false) String institution) {
		CoordinatorAccess.requireExport(this.caller.current());
		NetworkLevel networkLevel = level(level);
		LocalDate from = day("since", since);
		LocalDate to = day("until", until);
		NetworkController.window(from, to);
		if (institution != null && !this.repository.placeExists(NetworkLevel.INSTITUTION, institution)) {
			throw new NotFoundException("institution: there is no institution '" + institution + "'");
		}
		Network network = this.service.network(networkLevel, from, to, skill, institution);
		StreamingResponseBody body = (out) -> {
			try {
				GraphMlWriter.write(network.nodes(), network.edges(), from, to, out);
			}
			catch (XMLStreamException ex) {
				throw new java.io.IOException("Could not write the GraphML", ex);
			}
		};
		String name = "network-" + networkLevel.name().toLowerCase(Locale.ROOT) + ".graphml";
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "graphml+xml"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refused(ApiException ex) {
		HttpStatus status = switch (ex.code()) {
			case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.code().name());
		body.put("message", ex.getMessage());
		body.put("problems", ex.problems());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static NetworkLevel level(String level) {
		if (level == null || level.isBlank()) {
			throw new BadRequestException("level: give level=COMMUNITY, PROFESSION or INSTITUTION");
		}
		try {
			return NetworkLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(
					"level: '" + level + "' is not a level; give COMMUNITY, PROFESSION or INSTITUTION");
		}
	}

	private static LocalDate day(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name + ": '" + value + "' is not a day; give it as YYYY-MM-DD");
		}
	}

}
