package dev.khao.common.http;

import dev.khao.common.StrictUtf8;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * JSON request bodies are read only while they are well-formed UTF-8 ({@link StrictUtf8}); the first malformed byte
 * is a 400. (Import lines are checked one by one by the import, which reports each bad line.)
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"))) {
            context.setInputStream(StrictUtf8.checking(context.getInputStream()));
        }
        return context.proceed();
    }
}
