package dev.khao.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * JSON conventions of the API: unknown fields, duplicate fields, trailing content and numbers or booleans where
 * text belongs are errors (typos never pass silently), text must be storable as sent
 * ({@link StorableText}), timestamps carry the newsroom's offset.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    private final ZoneId zone;

    public JsonSettings(KhaoConfig config) {
        this.zone = config.timeZone();
    }

    /** Last, so the time serializer registered here wins over the Java-time module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A second document or stray text after the body, and a field given twice, are mistakes, not input to guess at.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Numbers, text and true/false are not each other: 0.5 is no version (Jackson read it as 0), "3" no limit,
        // and 1700000000 no publication time (Jackson read it as seconds since 1970).
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("khao-time");
        module.addSerializer(OffsetDateTime.class, new StdSerializer<>(OffsetDateTime.class) {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(NewsroomTime.of(value, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
        });
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                // Jackson would turn 12 or true into "12" or "true"; a number where text belongs is a client's bug.
                if (parser.currentToken() != null && (parser.currentToken().isNumeric() || parser.currentToken().isBoolean())) {
                    return (String) context.handleUnexpectedToken(String.class, parser);
                }
                return storable(parser, super.deserialize(parser, context));
            }
        });
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return storable(context.getParser(), key);
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == OffsetDateTime.class ? new TimeAsText(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** A time is ISO-8601 text here; the Java-time module's own deserializer would read a number as seconds since 1970. */
    private static final class TimeAsText extends DelegatingDeserializer {
        TimeAsText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TimeAsText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
                return context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            return super.deserialize(parser, context);
        }
    }

    private static String storable(JsonParser parser, String value) throws UnstorableTextException {
        if (!StorableText.isStorable(value)) {
            throw new UnstorableTextException(parser);
        }
        return value;
    }

    /** A JSON string that {@link StorableText} refuses; its path names the field in the 400. */
    public static final class UnstorableTextException extends MismatchedInputException {
        UnstorableTextException(JsonParser parser) {
            super(parser, StorableText.MESSAGE, String.class);
        }
    }
}
