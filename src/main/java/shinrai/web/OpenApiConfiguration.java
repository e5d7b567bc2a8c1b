package shinrai.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI shinraiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Shinrai API")
                        .version("v1")
                        .description("Dealership service and customer care. Get a token from POST /api/v1/auth/token "
                                + "and send it as 'Authorization: Bearer <token>'. Errors are RFC 9457 problem "
                                + "details; send Accept-Language: en for English, zh-CN (default) for Chinese."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
