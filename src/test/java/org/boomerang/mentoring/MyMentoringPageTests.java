package org.boomerang.mentoring;

import java.util.List;
import java.util.Map;

import org.boomerang.HeadlessChromium;
import org.boomerang.SignedInBrowser;
import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people's mentoring pages in headless Chromium under the service's
 * Content-Security-Policy: asking a teacher found by search, answering on "my mentoring",
 * recording a session and the learner's confirmation, each checked in the graph (Debian's
 * chromium and chromedriver; skipped where they are not installed).
 */
class MyMentoringPageTests extends SearchTestSupport {

	/**
	 * Ana (early career physiotherapist) teaches podcasting and wants clinical reasoning;
	 * Ivy (senior doctor) teaches clinical reasoning and wants podcasting: a boomerang
	 * pair. Ana already mentors Ben in podcasting.
	 */
	static final String PEOPLE = """
			{ "format": "boomerang-import/1",
			  "institutions": [{ "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" }],
			  "professions": [{ "id": "prof:medicine", "name": "Medicine" }, { "id": "prof:physio", "name": "Physiotherapy" }],
			  "people": [
			    { "id": "ana", "name": "Ana Okafor", "email": "ana@harbour.example", "careerStage": "EARLY_CAREER", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:harbour" }], "mentoringCapacity": 3,
			      "skills": [{ "skill": "skill:podcasting", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:clinical-reasoning", "priority": 1 }] },
			    { "id": "ivy", "name": "Ivy Stone", "email": "ivy@harbour.example", "careerStage": "SENIOR", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 4, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "ben", "name": "Ben Lee", "email": "ben@harbour.example", "careerStage": "TRAINEE", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:harbour" }] } ],
			  "mentorships": [
			    { "id": "m:ana-ben", "mentor": "ana", "mentee": "ben", "skills": ["skill:podcasting"], "startedOn": "2026-01-05" } ]
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

	private WebElement mentorship(String id) {
		return this.browser.visible(By.cssSelector("article.mentorship[data-mentorship='" + id + "']"));
	}

	private void recordSession(WebElement card, String whoTaught, String minutes, String format) {
		WebElement form = card.findElement(By.cssSelector("form.record"));
		new Select(form.findElement(By.xpath(".//label[.='Who taught']/following-sibling::select")))
			.selectByVisibleText(whoTaught);
		WebElement length = form.findElement(By.xpath(".//label[.='Minutes']/following-sibling::input"));
		length.clear();
		length.sendKeys(minutes);
		new Select(form.findElement(By.xpath(".//label[.='Format']/following-sibling::select")))
			.selectByVisibleText(format);
		form.findElement(By.xpath(".//label[starts-with(., 'Notes')]/following-sibling::input"))
			.sendKeys("Microphones and editing");
		form.findElement(By.tagName("button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mentoring-status"),
					"Recorded the session"));
	}

	private void askFromSearch(String topic, String teacher, String message) {
		this.browser.visible(By.id("topic")).sendKeys(topic);
		this.browser.driver().findElement(By.id("go")).click();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "found"));
		WebElement result = this.browser.driver()
			.findElements(By.cssSelector("#results .match"))
			.stream()
			.filter((m) -> m.findElement(By.tagName("h3")).getText().equals(teacher))
			.findFirst()
			.orElseThrow(() -> new AssertionError(teacher + " is not among the results"));
		WebElement open = result
			.findElement(By.cssSelector("button[aria-label='Profile of " + teacher + " and ask for mentoring']"));
		open.click();
		assertThat(open.getAttribute("aria-expanded")).isEqualTo("true");
		String panelId = open.getAttribute("aria-controls");
		this.browser.visible(By.cssSelector("#" + panelId + " form.ask"));
		WebElement panel = this.browser.driver().findElement(By.id(panelId));
		assertThat(panel.findElement(By.tagName("h4")).getText()).isEqualTo(teacher);
		assertThat(panel.getText()).contains("Offers to teach: Podcast production (level 5)");
		assertThat(panel.findElement(By.tagName("legend")).getText()).isEqualTo("Ask " + teacher + " for mentoring in");
		WebElement skill = panel.findElement(By.xpath(".//label[contains(., 'Podcast production')]/input"));
		assertThat(skill.isSelected()).isTrue();
		panel.findElement(By.xpath(".//label[.='Message']/following-sibling::textarea")).sendKeys(message);
		panel.findElement(By.xpath(".//button[.='Ask for mentoring']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(panel.findElement(By.cssSelector(".form-status")),
					"Request sent"));
	}

	@Test
	void a_learner_asks_a_teacher_found_by_search_who_accepts_records_a_session_and_the_learner_confirms_it() {
		this.browser.signIn("/", this.tokens.staff("ivy"), "Ivy Stone");
		askFromSearch("podcast", "Ana Okafor", "Could you show me how to start a teaching podcast?");
		Record request = read("""
				MATCH (ivy:Person {id: 'ivy'})<-[:FROM]-(r:MentorshipRequest)-[:TO]->(ana:Person {id: 'ana'})
				RETURN count(r) AS n, collect(r.state)[0] AS state, collect(r.skills)[0] AS skills,
				  collect(r.message)[0] AS message
				""", Map.of()).records().get(0);
		assertThat(request.get("n").asLong()).isEqualTo(1);
		assertThat(request.get("state").asString()).isEqualTo("PENDING");
		assertThat(request.get("skills").asList()).containsExactly("skill:podcasting");
		assertThat(request.get("message").asString()).isEqualTo("Could you show me how to start a teaching podcast?");

		// The asker sees it on their own page, and could withdraw it.
		this.browser.signIn("/mentoring", this.tokens.staff("ivy"), "Ivy Stone");
		WebElement sent = this.browser.visible(By.xpath("//table[@id='requests-out-table']//tr[th='Ana Okafor']"));
		assertThat(sent.getText()).contains("Podcast production", "pending");
		assertThat(sent.findElement(By.tagName("button")).getAttribute("aria-label"))
			.isEqualTo("Withdraw the request to Ana Okafor");

		this.browser.signIn("/mentoring", this.tokens.staff("ana"), "Ana Okafor");
		WebElement received = this.browser.visible(By.xpath("//table[@id='requests-in-table']//tr[th='Ivy Stone']"));
		assertThat(received.getText()).contains("Podcast production", "Could you show me", "pending");
		received.findElement(By.cssSelector("button[aria-label='Accept the request of Ivy Stone']")).click();
		WebElement card = this.browser.visible(By.xpath("//article[@class='mentorship'][h3='You mentor Ivy Stone']"));
		assertThat(card.getText()).contains("Self-identified", "Podcast production");
		String mentorship = card.getAttribute("data-mentorship");
		Record started = read("""
				MATCH (ana:Person {id: 'ana'})<-[:MENTOR]-(m:Mentorship {id: $id})-[:MENTEE]->(ivy:Person {id: 'ivy'})
				MATCH (r:MentorshipRequest)-[:TO]->(ana)
				RETURN m.origin AS origin, r.state AS state
				""", Map.of("id", mentorship)).records().get(0);
		assertThat(started.get("origin").asString()).isEqualTo("SELF_IDENTIFIED");
		assertThat(started.get("state").asString()).isEqualTo("ACCEPTED");

		recordSession(card, "Ana Okafor taught Ivy Stone", "30", "One to one");
		this.browser.signIn("/mentoring", this.tokens.staff("ivy"), "Ivy Stone");
		WebElement confirm = this.browser
			.visible(By.cssSelector("article.mentorship[data-mentorship='" + mentorship + "'] form.confirm"));
		new Select(confirm.findElement(By.tagName("select"))).selectByValue("5");
		confirm.findElement(By.tagName("button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("article.mentorship[data-mentorship='" + mentorship + "'] table.sessions tbody"),
					"Confirmed, rated 5 of 5"));
		Record confirmed = read("""
				MATCH (:Person {id: 'ana'})<-[:FROM]-(t:Transfer)-[:TO]->(:Person {id: 'ivy'}),
				      (t)-[:IN]->(:Mentorship {id: $id})
				RETURN count(t) AS n, collect(t.learnerConfirmed)[0] AS confirmed, collect(t.rating)[0] AS rating,
				  collect(t.minutes)[0] AS minutes
				""", Map.of("id", mentorship)).records().get(0);
		assertThat(confirmed.get("n").asLong()).isEqualTo(1);
		assertThat(confirmed.get("confirmed").asBoolean()).isTrue();
		assertThat(confirmed.get("rating").asInt()).isEqualTo(5);
		assertThat(confirmed.get("minutes").asInt()).isEqualTo(30);
		this.browser.assertNoConsoleErrors();
	}

	@Test
	void a_learner_withdraws_a_pending_request_and_the_teacher_no_longer_can_answer_it() {
		this.browser.signIn("/", this.tokens.staff("ivy"), "Ivy Stone");
		askFromSearch("podcast", "Ana Okafor", "Just a podcast question");
		this.browser.signIn("/mentoring", this.tokens.staff("ivy"), "Ivy Stone");
		this.browser.visible(By.cssSelector("button[aria-label='Withdraw the request to Ana Okafor']")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests-out-table"), "withdrawn"));
		assertThat(read("MATCH (r:MentorshipRequest) RETURN r.state AS state", Map.of()).records())
			.extracting((r) -> r.get("state").asString())
			.containsExactly("WITHDRAWN");
		this.browser.signIn("/mentoring", this.tokens.staff("ana"), "Ana Okafor");
		WebElement received = this.browser.visible(By.xpath("//table[@id='requests-in-table']//tr[th='Ivy Stone']"));
		assertThat(received.getText()).contains("withdrawn");
		assertThat(received.findElements(By.tagName("button"))).isEmpty();
		this.browser.assertNoConsoleErrors();
	}

	@Test
	void a_mentor_records_a_session_and_the_learner_confirms_and_rates_it() {
		this.browser.signIn("/mentoring", this.tokens.staff("ana"), "Ana Okafor");
		WebElement card = mentorship("m:ana-ben");
		assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("You mentor Ben Lee");
		recordSession(card, "Ana Okafor taught Ben Lee", "45", "Online");

		Record stored = read("""
				MATCH (t:Transfer)-[:IN]->(:Mentorship {id: 'm:ana-ben'})
				MATCH (t)-[:FROM]->(from:Person), (t)-[:TO]->(to:Person), (t)-[:ABOUT]->(s:Skill)
				RETURN count(t) AS n, collect(from.id)[0] AS from, collect(to.id)[0] AS to, collect(s.id)[0] AS skill,
				  collect(t.minutes)[0] AS minutes, collect(t.format)[0] AS format
				""", Map.of()).records().get(0);
		assertThat(stored.get("n").asLong()).isEqualTo(1);
		assertThat(List.of(stored.get("from").asString(), stored.get("to").asString(), stored.get("skill").asString(),
				stored.get("format").asString()))
			.containsExactly("ana", "ben", "skill:podcasting", "ONLINE");
		assertThat(stored.get("minutes").asInt()).isEqualTo(45);
		// The teacher sees it waiting for the learner.
		By sessions = By.cssSelector("article.mentorship[data-mentorship='m:ana-ben'] table.sessions tbody");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(sessions, "Awaiting the learner's confirmation"));
		WebElement row = this.browser.driver().findElement(sessions).findElement(By.tagName("tr"));
		assertThat(row.getText()).contains("Ana Okafor taught Ben Lee", "Podcast production", "45", "online",
				"Awaiting the learner's confirmation");

		this.browser.signIn("/mentoring", this.tokens.staff("ben"), "Ben Lee");
		card = mentorship("m:ana-ben");
		assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("Ana Okafor mentors you");
		WebElement confirm = card.findElement(By.cssSelector("form.confirm"));
		new Select(confirm.findElement(By.tagName("select"))).selectByValue("4");
		confirm.findElement(By.tagName("input")).sendKeys("Clear and practical");
		confirm.findElement(By.tagName("button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("article.mentorship[data-mentorship='m:ana-ben'] table.sessions tbody"),
					"Confirmed, rated 4 of 5"));

		Record confirmed = read("""
				MATCH (t:Transfer)-[:IN]->(:Mentorship {id: 'm:ana-ben'})
				RETURN t.learnerConfirmed AS confirmed, t.rating AS rating, t.notes AS notes
				""", Map.of()).records().get(0);
		assertThat(confirmed.get("confirmed").asBoolean()).isTrue();
		assertThat(confirmed.get("rating").asInt()).isEqualTo(4);
		this.browser.assertNoConsoleErrors();
	}

	@Test
	void the_page_shows_the_people_who_could_swap_knowledge() {
		this.browser.signIn("/mentoring", this.tokens.staff("ivy"), "Ivy Stone");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swaps-table tbody"),
					"Ana Okafor"));
		WebElement row = this.browser.driver().findElement(By.cssSelector("#swaps-table tbody tr"));
		assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("Ana Okafor");
		assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.startsWith("Podcast production", "Clinical reasoning");
		// The mentorships load beside the swaps: waited for, not read at once.
		this.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mentorships-empty")));
		assertThat(this.browser.driver().findElement(By.id("mentorships-empty")).isDisplayed()).isTrue();
		this.browser.assertNoConsoleErrors();
	}

}
