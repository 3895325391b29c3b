package io.zhian.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API and declares its bearer tokens, so Swagger UI's "Authorize" works with a login token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BEARER = "bearer";

	@Bean
	OpenAPI zhianOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Zhian (治安) API")
				.version("v1")
				.description("Public-order management of regulated trades, venues and communities. Sign in with "
						+ "POST /api/v1/auth/login and send the token as 'Authorization: Bearer …'. Errors are RFC 9457 "
						+ "problem documents with a ZA-nnnn code (docs/error-codes.md).")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Session token")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}
}
