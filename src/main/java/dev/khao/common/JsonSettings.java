package dev.khao.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * JSON conventions of the API: unknown fields are errors (typos never pass silently), text must be storable as sent
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
                return storable(parser, super.deserialize(parser, context));
            }
        });
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return storable(context.getParser(), key);
            }
        });
        mapper.registerModule(module);
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
