package dev.khao.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Settings of {@code POST /v1/import}; each can be set as an environment variable {@code KHAO_IMPORT_*}. A count out of
 * range stops the application as it starts, naming the setting.
 */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.import")
public interface ImportConfig {

    /** Lines written per transaction: a failure loses at most one batch, and larger batches commit less often. */
    @WithDefault("500")
    @Min(1)
    int batchSize();

    /**
     * Batches written at once, each in its own transaction and thread. Article writes are CPU-bound (HTML
     * building, Thai word segmentation, search indexing), so this matches the cores the server can spare.
     */
    @WithDefault("2")
    @Min(1)
    int parallelism();

    /** Rejected lines listed in the report; the counts always cover all of them. */
    @WithDefault("1000")
    @Min(0)
    int maxErrors();

    /** Longest line accepted; a longer one is rejected without being held in memory. */
    @WithDefault("8M")
    MemorySize maxLineSize();

    /**
     * Largest import body. The import route alone may exceed {@code quarkus.http.limits.max-body-size}, which keeps
     * holding every other route (see {@link ImportBodyLimit}).
     */
    @WithDefault("2G")
    MemorySize maxBodySize();
}
