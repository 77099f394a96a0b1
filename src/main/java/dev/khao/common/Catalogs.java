package dev.khao.common;

import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.util.EnumMap;
import java.util.Map;

/** The catalog services by the type they manage, for code that handles any content type (sync, webhooks). */
@ApplicationScoped
public class Catalogs {

    private final Map<ContentType, CatalogService<?, ?, ?>> byType = new EnumMap<>(ContentType.class);

    public Catalogs(@Any Instance<CatalogService<?, ?, ?>> services) {
        services.forEach(service -> byType.put(service.type(), service));
    }

    /** The service of a catalog type (any type but articles). */
    public CatalogService<?, ?, ?> of(ContentType type) {
        CatalogService<?, ?, ?> service = byType.get(type);
        if (service == null) {
            throw new IllegalArgumentException("No catalog service manages " + type);
        }
        return service;
    }
}
