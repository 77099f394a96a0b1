package dev.khao.webhook;

import dev.khao.auth.Allowed;
import dev.khao.auth.Role;
import dev.khao.common.ApiDoc;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageLinks;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** HTTP interface of webhook subscriptions (administration). */
@Path("/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed notifications of content changes to partner URLs")
@Allowed(Role.ADMIN)
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private final WebhookService service;
    private final KhaoConfig config;

    public WebhookResource(WebhookService service, KhaoConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Operation(summary = "Subscribe a URL to events",
            description = "The answer shows the signing secret once (generated unless sent). Deliveries are POSTs of a WebhookPayload "
                    + "with headers Khao-Event, Khao-Delivery and Khao-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + body)>.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the subscription",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "422", description = "The URL is not http(s) or reaches a private, loopback, link-local, multicast or unspecified address",
            content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid WebhookRequest request) {
        WebhookResponse created = service.create(request);
        return Response.created(URI.create("/v1/admin/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List webhook subscriptions", description = "Oldest first; secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions", content = @Content(schema = @Schema(implementation = WebhookList.class)))
    public Response list(@Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                         @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                         @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.list(page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public WebhookResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a webhook subscription",
            description = "The secret is kept unless one is sent. `enabled: true` re-enables a subscription disabled after failing.")
    @APIResponse(responseCode = "200", description = "The updated subscription")
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The URL is refused", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public WebhookResponse replace(@PathParam("id") UUID id, @NotNull @Valid WebhookRequest request) {
        return service.replace(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook subscription", description = "Its pending deliveries and delivery log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log of a subscription", description = "Newest first: status, attempts, last response code, latency and error.")
    @APIResponse(responseCode = "200", description = "A page of deliveries", content = @Content(schema = @Schema(implementation = DeliveryList.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response deliveries(@PathParam("id") UUID id,
                               @Parameter(description = "Cursor from `meta.nextCursor` of the previous page") @QueryParam("cursor") String cursor,
                               @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
                               @Context UriInfo uri) {
        PageRequest page = PageRequest.of(cursor, limit, config.paging().defaultLimit(), config.paging().maxLimit());
        return PageLinks.ok(service.deliveries(id, page), uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a delivery again", description = "Same payload and event id, sent within the next poll, retried like a new delivery.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND, content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription is disabled", content = @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(service.redeliver(id, deliveryId)).build();
    }

    /** Schema of the subscription list, for the contract. */
    @Schema(name = "WebhookList")
    public record WebhookList(List<WebhookResponse> data, ListResponse.ListMeta meta) {
    }

    /** Schema of a page of deliveries, for the contract. */
    @Schema(name = "WebhookDeliveryList")
    public record DeliveryList(List<DeliveryResponse> data, ListResponse.ListMeta meta) {
    }
}
