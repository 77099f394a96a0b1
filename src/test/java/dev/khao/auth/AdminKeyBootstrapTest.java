package dev.khao.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdminKeyBootstrapTest {

    @TempDir
    Path dataDir;

    @Test
    void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dataDir.resolve("nested").resolve(AdminKeyBootstrap.KEY_FILE);

        AdminKeyBootstrap.writeKeyFile(file, "khao_secret-one");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("khao_secret-one\n", Files.readString(file));
    }

    @Test
    void aNewKeyReplacesAnOpenOldFileWithAnOwnerOnlyOne() throws Exception {
        Path file = dataDir.resolve(AdminKeyBootstrap.KEY_FILE);
        Files.writeString(file, "old key\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        AdminKeyBootstrap.writeKeyFile(file, "khao_secret-two");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("khao_secret-two\n", Files.readString(file));
    }
}
