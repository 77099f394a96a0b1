package dev.khao.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Marker carrying the test database for every {@code @QuarkusTest}: declared once, it applies to all test
 * classes, so the app and its database start once per run.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class KhaoTest {
    private KhaoTest() {
    }
}
