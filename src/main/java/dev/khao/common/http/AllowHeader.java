package dev.khao.common.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Says in {@code Allow} what a path takes, on every 405 and {@code OPTIONS} answer ({@link AllowedMethods}). */
public class AllowHeader {

    private final AllowedMethods allowed;

    public AllowHeader(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerResponseFilter
    public void allow(ContainerRequestContext request, ContainerResponseContext response) {
        boolean options = HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() < 300;
        if (response.getStatus() == 405 || options) {
            String methods = allowed.header(request.getUriInfo().getPath());
            if (methods != null) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, methods);
            }
        }
    }
}
