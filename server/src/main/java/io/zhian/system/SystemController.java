package io.zhian.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "system", description = "Public facts about this installation")
class SystemController {

	record SystemInfo(String name, String version, boolean demo, boolean requireSecondFactor) {
	}

	private final SystemInfo info;

	SystemController(@Value("${zhian.demo}") boolean demo,
			@Value("${zhian.security.require-second-factor}") boolean requireSecondFactor,
			ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.info = new SystemInfo("Zhian", properties == null ? "dev" : properties.getVersion(), demo,
				requireSecondFactor);
	}

	@GetMapping("/api/v1/system/info")
	@Operation(summary = "Name, version, whether this is a demo installation, and the second-factor policy")
	SystemInfo info() {
		return info;
	}
}
