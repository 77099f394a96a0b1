package dev.khao.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * RFC 7396 JSON Merge Patch. A patch is applied to the resource's current state in request form, and the
 * result is validated exactly like a PUT body, so PATCH and PUT share one set of rules.
 */
@ApplicationScoped
public class JsonMergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public JsonMergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The request that results from patching {@code current}; throws a validation problem if it is not valid. */
    public <R> R applyTo(R current, JsonNode patch, Class<R> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A merge patch must be a JSON object");
        }
        R patched;
        try {
            patched = mapper.treeToValue(apply(mapper.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw new PatchNotApplicable(e);
        }
        Set<ConstraintViolation<R>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** A patch whose result is not a well-typed request; carries Jackson's exception to the problem mapper. */
    public static class PatchNotApplicable extends RuntimeException {
        public PatchNotApplicable(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        public JsonProcessingException jsonCause() {
            return (JsonProcessingException) getCause();
        }
    }
}
