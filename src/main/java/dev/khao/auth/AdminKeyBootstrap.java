package dev.khao.auth;

import dev.khao.common.KhaoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Makes sure someone can administer a fresh installation: the operator's {@code KHAO_ADMIN_KEY} is accepted, or,
 * when no admin key exists yet, one is generated, logged once and written to an owner-only file.
 */
@jakarta.enterprise.context.ApplicationScoped
public class AdminKeyBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);
    static final String KEY_FILE = "admin-key";

    @Transactional
    void onStart(@Observes StartupEvent start, KhaoConfig khao, ApiKeyService service, ApiKeyRepository keys, Clock clock) {
        if (khao.adminKey().isPresent()) {
            String secret = khao.adminKey().get().strip();
            if (secret.length() < 16) {
                throw new IllegalStateException("KHAO_ADMIN_KEY must be at least 16 characters long");
            }
            if (keys.findByHash(ApiKeySecrets.hash(secret)).isEmpty()) {
                service.store("admin (KHAO_ADMIN_KEY)", Role.ADMIN, secret, null, null, "bootstrap");
                LOG.info("Accepted the admin key from KHAO_ADMIN_KEY");
            }
            return;
        }
        if (keys.anyUsableAdmin(OffsetDateTime.now(clock))) {
            return;
        }
        ApiKeyService.Created created = service.create("admin (generated)", Role.ADMIN, null, null, "bootstrap");
        Path file = Path.of(khao.database().dataDir()).resolve(KEY_FILE);
        try {
            writeKeyFile(file, created.secret());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("Could not write the admin key to %s (%s); it is only in this log", file, e.getMessage());
        }
        // Printed once, on purpose: the operator has no other way to learn a generated key.
        LOG.infof("Generated an admin API key (shown once, also in %s): %s", file.toAbsolutePath(), created.secret());
    }

    /**
     * Writes the key to a file only its owner may read or write. The file is created with those permissions rather
     * than restricted afterwards, so the key is never readable by others, not even for a moment.
     */
    static void writeKeyFile(Path file, String secret) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    }
}
