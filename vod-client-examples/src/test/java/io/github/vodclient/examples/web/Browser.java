package io.github.vodclient.examples.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (W3C WebDriver, with Selenium): both found on
 * the PATH, never downloaded. A test skips with a message saying what to install when either is missing.
 */
final class Browser {
    private Browser() {
    }

    /** Skips the calling test unless Chromium, chromedriver and ffmpeg are installed. */
    static void assumeInstalled() {
        for (String tool : new String[] {"chromium", "chromedriver", "ffmpeg"}) {
            assumeTrue(onPath(tool).isPresent(), tool + " is not installed: the browser tests skip (on Debian:"
                    + " apt-get install chromium chromium-driver ffmpeg; .ci/run does it)");
        }
    }

    static ChromeDriver start() {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath("chromium").orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400", "--autoplay-policy=no-user-gesture-required", "--mute-audio");
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        return driver;
    }

    /** Saves what the browser shows as {@code target/<name>.png}. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Files.createDirectories(Path.of("target")).resolve(name + ".png");
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A short pause while polling the page. */
    static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
