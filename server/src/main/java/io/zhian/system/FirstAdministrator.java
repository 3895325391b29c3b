package io.zhian.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.CurrentActor;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.org.Permissions;
import io.zhian.org.UserAdministration;
import io.zhian.org.UserDirectory;
import io.zhian.org.UserProfile;
import io.zhian.security.Credentials;

/**
 * Bootstraps a production installation: when {@code ZHIAN_ADMIN_PASSWORD} is set and no user {@code admin}
 * exists yet, creates that system administrator with the given password, to be changed at the first login.
 * The administrator then builds the unit tree, starting with the city bureau, and the other accounts.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	static final String USERNAME = "admin";

	private final String password;
	private final UserDirectory directory;
	private final UserAdministration users;
	private final Credentials credentials;

	FirstAdministrator(@Value("${zhian.bootstrap.admin-password:${ZHIAN_ADMIN_PASSWORD:}}") String password,
			UserDirectory directory, UserAdministration users, Credentials credentials) {
		this.password = password;
		this.directory = directory;
		this.users = users;
		this.credentials = credentials;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (password.isBlank() || directory.findByUsername(USERNAME).isPresent()) {
			return;
		}
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			long id = users.create(CurrentActor.require(), USERNAME, new UserProfile("系统管理员", UserKind.ADMIN, null,
					null, null, List.of("SYSTEM_ADMIN"), ScopeKind.CITY)).user().id();
			credentials.setPassword(id, USERNAME, password, true);
		});
		log.info("Created the first administrator '{}'; the password must be changed at the first login", USERNAME);
	}
}
