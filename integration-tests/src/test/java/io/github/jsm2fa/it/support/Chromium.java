package io.github.jsm2fa.it.support;

import java.io.File;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), which
 * {@code .ci/run} installs. Scripts run, so WebAuthn and the management page work as for a person.
 */
public final class Chromium implements AutoCloseable {

  private static final File BROWSER = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  public Chromium() {
    if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
      throw new IllegalStateException(
          "Chromium ITs need /usr/bin/chromium and /usr/bin/chromedriver;"
              + " install the Debian packages chromium and chromium-driver (.ci/run does)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    driver = new ChromeDriver(service, options);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Waits up to 30 s for a condition, as pages run their scripts and Keycloak answers. */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    // A page that re-renders while the condition looks at it is simply looked at again.
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
