package dev.khao.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Access control ({@code khao.auth.*}, env {@code KHAO_AUTH_*}); the bootstrap key is {@code khao.admin-key} in {@link dev.khao.common.KhaoConfig}. */
@io.quarkus.runtime.annotations.StaticInitSafe
@ConfigMapping(prefix = "khao.auth")
public interface AuthConfig {

    /** Whether calls without a key may read published content. */
    @WithDefault("true")
    boolean anonymousReads();
}
