package vg.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver, against a running vg; never a downloaded browser. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension PHONE = new Dimension(375, 812);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /**
     * Every run takes the screenshots (they exercise both widths); they replace the README's pictures in docs/ only when
     * asked with -Dvg.screenshots=docs, so an ordinary test run leaves the working tree as it was.
     */
    private static final Path SCREENSHOTS = "docs".equals(System.getProperty("vg.screenshots"))
            ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no Chromium at /usr/bin/chromium: install chromium and chromium-driver (see .ci/run)");
    }

    Browser(int port) {
        assumeChromium();
        this.base = "http://localhost:" + port;
        try {
            profile = Files.createTempDirectory("vg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--autoplay-policy=no-user-gesture-required", "--lang=ru-RU",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String url(String path) {
        return base + path;
    }

    WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Clicks as a person would, after bringing the element to the middle of the screen, clear of the fixed player. */
    void click(String css) {
        WebElement e = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Waits until the element shows this text somewhere in it. */
    WebElement waitText(String css, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(10), condition);
    }

    <T> T waitFor(Duration limit, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, limit).until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A fetch from inside the page, with the page's cookies: its status. */
    long fetchStatus(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status), () => done(-1));", path);
    }

    /** Saves the top of the page at phone width and at desktop width as docs/screenshots/{name}-phone.png and -desktop.png. */
    void screenshots(String name, String readyCss) {
        screenshots(name, readyCss, null);
    }

    /** The same, scrolled so that {@code startCss} is at the top of the screen. */
    void screenshots(String name, String readyCss, String startCss) {
        for (var size : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(size);
            find(readyCss);
            if (startCss == null) js("window.scrollTo(0, 0)");
            else js("arguments[0].scrollIntoView({block: 'start'})", find(startCss));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + (size == PHONE ? "-phone" : "-desktop") + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(DESKTOP);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
