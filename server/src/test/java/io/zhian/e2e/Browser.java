package io.zhian.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Playwright;

/**
 * The system's headless Chromium driven by Playwright. Playwright never downloads a browser here: it uses
 * /usr/bin/chromium (or ZHIAN_CHROMIUM), which .ci/run installs from Debian's packages.
 */
final class Browser {

	private Browser() {
	}

	static Path executable() {
		String configured = System.getenv("ZHIAN_CHROMIUM");
		for (String candidate : configured == null ? List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
				: List.of(configured)) {
			if (Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return null;
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_BROWSERS_PATH", "0")));
	}

	static com.microsoft.playwright.Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new com.microsoft.playwright.BrowserType.LaunchOptions().setExecutablePath(executable())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
	}
}
