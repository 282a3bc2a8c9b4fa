package org.boomerang.programme;

import java.util.List;
import java.util.Map;

import org.boomerang.HeadlessChromium;
import org.boomerang.SignedInBrowser;
import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinators' programmes page in headless Chromium under the service's
 * Content-Security-Policy: a coordinator creates a programme, enrols a mentor pool and a
 * cohort with the person pickers, proposes pairs, locks one, excludes another, proposes
 * again and publishes; the graph then holds the ASSIGNED mentorships (Debian's chromium
 * and chromedriver; skipped where they are not installed).
 */
class ProgrammesPageTests extends SearchTestSupport {

	/**
	 * Cora coordinates at Harbour. Ana and Dan teach podcasting; Ivy and Ben want to
	 * learn it; Eli wants C++, which nobody teaches.
	 */
	static final String PEOPLE = """
			{ "format": "boomerang-import/1",
			  "institutions": [{ "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" }],
			  "professions": [{ "id": "prof:medicine", "name": "Medicine" }, { "id": "prof:physio", "name": "Physiotherapy" }],
			  "people": [
			    { "id": "cora", "name": "Cora Vance", "email": "cora@harbour.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:harbour" }] },
			    { "id": "ana", "name": "Ana Okafor", "email": "ana@harbour.example", "careerStage": "EARLY_CAREER",
			      "professions": ["prof:physio"], "affiliations": [{ "institution": "inst:harbour" }], "mentoringCapacity": 2,
			      "skills": [{ "skill": "skill:podcasting", "level": 5, "canTeach": true }] },
			    { "id": "dan", "name": "Dan Smith", "email": "dan@harbour.example", "careerStage": "TRAINEE",
			      "professions": ["prof:physio"], "affiliations": [{ "institution": "inst:harbour" }], "mentoringCapacity": 2,
			      "skills": [{ "skill": "skill:podcasting", "level": 3, "canTeach": true }] },
			    { "id": "ivy", "name": "Ivy Stone", "email": "ivy@harbour.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:harbour" }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "ben", "name": "Ben Lee", "email": "ben@harbour.example", "careerStage": "SPECIALIST",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:harbour" }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "eli", "name": "Eli Hart", "email": "eli@harbour.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:harbour" }],
			      "wantsToLearn": [{ "skill": "skill:cpp", "priority": 1 }] } ]
			}
			""";

	private SignedInBrowser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		importJson(SKILLS);
		importJson(PEOPLE);
		this.browser = SignedInBrowser.start(this.port);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/** Types into a person picker and picks the first suggestion with the keyboard. */
	private void pick(String field, String typed, String expected) {
		WebElement input = this.browser.driver().findElement(By.id(field));
		input.sendKeys(typed);
		this.browser.waiting()
			.until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("#" + field + "-suggestions [role=option]"), expected));
		input.sendKeys(Keys.ARROW_DOWN);
		input.sendKeys(Keys.ENTER);
	}

	/**
	 * The names in a table's row headers, read in one script so that a table the page
	 * redraws meanwhile cannot leave a stale element behind.
	 */
	@SuppressWarnings("unchecked")
	private List<String> names(String table) {
		return (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript(
				"return Array.from(document.querySelectorAll(arguments[0])).map((th) => th.innerText.trim());",
				"#" + table + " tbody th");
	}

	private void enrol(String field, String typed, String name, String table) {
		pick(field, typed, name);
		this.browser.waiting().until((b) -> names(table).contains(name));
	}

	private WebElement pairOf(String mentee) {
		return this.browser.visible(By.xpath("//table[@id='plan-pairs']//tr[th='" + mentee + "']"));
	}

	@Test
	void a_coordinator_creates_a_programme_enrols_proposes_locks_excludes_and_publishes_assigned_mentorships() {
		this.browser.signIn("/programmes", this.tokens.coordinator("cora"), "Cora Vance");
		this.browser.visible(By.id("new-programme")).click();
		this.browser.visible(By.id("programme-id")).sendKeys("programme:podcasts");
		this.browser.driver().findElement(By.id("programme-name")).sendKeys("Podcasts for seniors");
		new Select(this.browser.driver().findElement(By.id("programme-kind"))).selectByValue("OPEN");
		this.browser
			.visible(By
				.xpath("//fieldset[@id='programme-institutions']//label[contains(., 'Harbour City Hospital')]/input"))
			.click();
		// The coordinator creating it is its first coordinator.
		assertThat(names("programme-coordinators")).containsExactly("Cora Vance");
		this.browser.driver().findElement(By.id("programme-save")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes-status"), "Saved"));
		this.browser.visible(By.xpath("//table[@id='programmes-table']//tr[th='Podcasts for seniors']"));

		this.browser.visible(By.id("enrolment"));
		enrol("add-mentor", "Ana", "Ana Okafor", "mentor-pool");
		enrol("add-mentor", "Dan", "Dan Smith", "mentor-pool");
		enrol("add-mentee", "Ivy", "Ivy Stone", "mentee-cohort");
		enrol("add-mentee", "Ben", "Ben Lee", "mentee-cohort");
		enrol("add-mentee", "Eli", "Eli Hart", "mentee-cohort");
		assertThat(read("""
				MATCH (g:Programme {id: 'programme:podcasts'})
				RETURN g.name AS name, g.kind AS kind
				""", Map.of()).records().get(0).get("name").asString()).isEqualTo("Podcasts for seniors");

		this.browser.driver().findElement(By.id("propose")).click();
		WebElement ivy = pairOf("Ivy Stone");
		WebElement ben = pairOf("Ben Lee");
		assertThat(ivy.getText()).contains("Podcast production");
		assertThat(ivy.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
		WebElement eli = this.browser.visible(By.xpath("//table[@id='plan-unmatched']//tr[th='Eli Hart']"));
		assertThat(eli.findElement(By.tagName("td")).getText()).isNotBlank();
		String ivysMentor = ivy.getAttribute("data-mentor");
		String bensMentor = ben.getAttribute("data-mentor");
		assertThat(List.of(ivysMentor, bensMentor)).containsExactlyInAnyOrder("ana", "dan");

		// Lock Ivy's pair, exclude Ben's: with the other mentor's place... still free,
		// Ben moves to
		// the mentor Ivy does not have only if that is allowed; either way Ivy keeps
		// hers.
		ivy.findElement(By.cssSelector("input[type=checkbox]")).click();
		ben.findElement(By.xpath(".//button[.='Exclude']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-excluded"), "Left out"));
		this.browser.waiting()
			.until((b) -> b.findElements(By.xpath("//table[@id='plan-pairs']//tr[th='Ben Lee']"))
				.stream()
				.noneMatch((row) -> bensMentor.equals(row.getAttribute("data-mentor"))));
		WebElement locked = pairOf("Ivy Stone");
		assertThat(locked.getAttribute("data-mentor")).isEqualTo(ivysMentor);
		assertThat(locked.findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();

		this.browser.driver().findElement(By.id("publish")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes-status"), "Published"));
		List<String> assigned = read("""
				MATCH (mentor:Person)<-[:MENTOR]-(m:Mentorship {origin: 'ASSIGNED'})-[:MENTEE]->(mentee:Person)
				WHERE m.program = 'programme:podcasts'
				RETURN mentor.id + '>' + mentee.id AS pair ORDER BY pair
				""", Map.of()).records().stream().map((r) -> r.get("pair").asString()).toList();
		assertThat(assigned).contains(ivysMentor + ">ivy").doesNotContain(bensMentor + ">ben", "ana>eli", "dan>eli");
		this.browser.visible(By.xpath("//table[@id='programme-mentorships']//tr[th='Ivy Stone']"));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomes-table"), "assigned"));
		this.browser.assertNoConsoleErrors();
	}

	@Test
	void a_staff_member_may_look_at_a_programme_but_gets_no_controls_to_change_it() {
		this.graphQl.document("""
				mutation { upsertProgramme(input: {id: "programme:look", name: "Look only", kind: OPEN,
				  institutions: ["inst:harbour"], coordinators: ["cora"]}) { id } }
				""").execute().path("upsertProgramme.id").entity(String.class).isEqualTo("programme:look");
		this.browser.signIn("/programmes", this.tokens.staff("ivy"), "Ivy Stone");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes-status"),
					"Programmes are run by coordinators"));
		assertThat(this.browser.driver().findElement(By.id("new-programme")).isDisplayed()).isFalse();
		this.browser.visible(By.cssSelector("button[aria-label='Open Look only']")).click();
		this.browser.visible(By.id("enrolment"));
		assertThat(this.browser.driver().findElement(By.id("programme-name")).getAttribute("value"))
			.isEqualTo("Look only");
		for (String control : List.of("programme-save", "add-mentor", "add-mentee", "add-coordinator", "propose")) {
			assertThat(this.browser.driver().findElement(By.id(control)).isDisplayed()).as(control).isFalse();
		}
		this.browser.assertNoConsoleErrors();
	}

}
