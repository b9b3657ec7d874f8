package io.github.jsm2fa.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages ({@code chromium}, {@code chromium-driver}), driven
 * through Selenium. Uses only the installed binaries: nothing is downloaded, and the browser is
 * told not to talk to any network service of its own. Close it to end both processes.
 */
public final class Chromium implements AutoCloseable {

  /** A phone in portrait, and a common laptop screen. */
  public static final Dimension PHONE = new Dimension(390, 844);

  public static final Dimension DESKTOP = new Dimension(1366, 900);

  private static final Path BINARY = setting("jsm2fa.chromium.binary", "/usr/bin/chromium");
  private static final Path DRIVER = setting("jsm2fa.chromium.driver", "/usr/bin/chromedriver");

  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Chromium(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  public static Chromium start() {
    for (Path required : new Path[] {BINARY, DRIVER}) {
      if (!Files.isExecutable(required)) {
        throw new IllegalStateException(
            required
                + " is missing: install the packages chromium and chromium-driver"
                + " (.ci/run does), or point -Djsm2fa.chromium.binary/-driver at them");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--lang=en-US");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Chromium(service, driver);
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

  public void open(URI url) {
    driver.get(url.toString());
  }

  public void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /** Saves what the window shows at the given size as {@code dir/name.png}. */
  public Path screenshot(Path dir, String name, Dimension size) {
    resize(size);
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaves the current page (so no page script keeps signing in) and clears every cookie of the
   * browser, whatever its path, so the next sign-in starts afresh.
   */
  public void forgetSession() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }

  private static Path setting(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback));
  }
}
