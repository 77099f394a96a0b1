package dev.khao.auth;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;

/**
 * Declares in the OpenAPI document how keys are sent (a bearer token, or {@code X-Api-Key}), so Swagger UI offers
 * "Authorize" and generated clients send them. The empty requirement says a call may go without a key (public reads).
 */
public class ApiKeySecurityDocument implements OASFilter {

    static final String BEARER = "bearer";
    static final String HEADER = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createObject(Components.class));
        }
        openAPI.getComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key as a bearer token: `Authorization: Bearer khao_…`"))
                .addSecurityScheme(HEADER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-Api-Key").description("The same key in the X-Api-Key header"));
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(HEADER),
                OASFactory.createSecurityRequirement()));
    }
}
