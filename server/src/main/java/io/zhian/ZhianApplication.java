package io.zhian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Zhian (治安): one program that serves the police console, the enterprise portal and the intake API.
 * Each direct sub-package is a Spring Modulith application module; {@code common} is the shared kernel
 * (errors, paging, the acting user) that every module may use.
 */
// Sign-in is ours (bearer tokens over our credential store): no generated in-memory user.
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "common")
public class ZhianApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhianApplication.class, args);
	}
}
