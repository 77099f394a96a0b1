package dev.khao.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Arrays;

/**
 * Strong entity tags computed from a representation's JSON: the same tag for the same bytes, a new one after any
 * write that changes what a client would see (including derived fields such as article counts), and the same
 * value whether a GET, an If-Match check or a webhook payload asks.
 */
@ApplicationScoped
public class EntityTags {

    private final ObjectMapper json;

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    /** The quoted strong ETag of a response record, e.g. {@code "q1w2e3…"}. */
    public String of(Object representation) {
        try {
            return ofBytes(json.writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a representation to tag it", e);
        }
    }

    /** The quoted strong ETag of bytes about to be sent. */
    public static String ofBytes(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
