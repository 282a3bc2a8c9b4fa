package org.boomerang;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium on the service's pages, signed in with a test token as the
 * development sign-in that every page carries keeps it, for the page tests of the
 * mentoring and programmes pages. The console is read by
 * {@link #assertNoConsoleErrors()}: no Content-Security-Policy violation, no error.
 */
public final class SignedInBrowser implements AutoCloseable {

	private final ChromeDriver browser;

	private final WebDriverWait wait;

	private final int port;

	private SignedInBrowser(ChromeDriver browser, int port) {
		this.browser = browser;
		this.port = port;
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	/**
	 * Starts a browser for the service on this port.
	 * @param port the service's port
	 * @return the browser
	 * @throws IOException when the browser's profile directory cannot be made
	 */
	public static SignedInBrowser start(int port) throws IOException {
		return new SignedInBrowser(HeadlessChromium.start(true, List.of()), port);
	}

	/** The browser. */
	public ChromeDriver driver() {
		return this.browser;
	}

	/** A wait of up to 30 seconds. */
	public WebDriverWait waiting() {
		return this.wait;
	}

	/**
	 * Opens a page of the service signed in with the token, as the page keeps a
	 * development sign-in (in this tab's sessionStorage), and waits until it shows who is
	 * signed in. The sign-in form itself is tested with the search page.
	 * @param path the page, such as {@code /mentoring}
	 * @param token a token of the person (see {@code Tokens})
	 * @param name the person's name, as the page shows it once signed in
	 */
	public void signIn(String path, String token, String name) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
		this.browser.executeScript("sessionStorage.setItem('boomerang.token', arguments[0])", token);
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBe(By.id("signed-in-name"), name));
	}

	/**
	 * The element, once visible.
	 * @param by where it is
	 * @return the element
	 */
	public WebElement visible(By by) {
		return this.wait.withMessage(this::statusLines).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * What the page's status lines say, for the message of a failed wait.
	 * @return each status line's text
	 */
	public String statusLines() {
		return "the page says: " + this.browser.findElements(By.cssSelector("[role=status]"))
			.stream()
			.map(WebElement::getText)
			.filter((line) -> !line.isBlank())
			.toList();
	}

	/** Fails for a Content-Security-Policy violation or an error in the console. */
	public void assertNoConsoleErrors() {
		List<LogEntry> entries = this.browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(entries).as("the browser's console")
			.noneMatch((e) -> e.getMessage().contains("Content Security Policy"))
			.noneMatch((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue());
	}

	@Override
	public void close() {
		this.browser.quit();
	}

}
