package io.zhian;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		ApplicationModules.of(ZhianApplication.class).verify();
	}
}
