package io.jisr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationKeyTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateADevelopmentKeyPairWhereTheMissingKeyWasExpected() throws Exception {
        Path key = dir.resolve("data/dev-jwt/public.pem");
        assertEquals(key, VerificationKey.ensure(key.toString(), true));
        assertTrue(Files.readString(key).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(Files.readString(key.resolveSibling("private.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        String first = Files.readString(key);
        assertNull(VerificationKey.ensure(key.toString(), true), "an existing key is kept");
        assertEquals(first, Files.readString(key));
    }

    @Test
    void shouldStopAStartWithoutKeyWhenDevelopmentKeysAreOff() {
        Path key = dir.resolve("keys/public.pem");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> VerificationKey.ensure(key.toUri().toString(), false));
        assertTrue(e.getMessage().contains("JISR_JWT_PUBLIC_KEY_LOCATION"), e.getMessage());
        assertTrue(Files.notExists(key));
    }

    @Test
    void shouldLeaveUrlsToTheTokenVerifier() {
        assertNull(VerificationKey.localFile("https://idp.example/realms/jisr/protocol/openid-connect/certs"));
        assertNull(VerificationKey.ensure("https://idp.example/jwks", false));
        assertEquals(Path.of("/tmp/k.pem"), VerificationKey.localFile("file:///tmp/k.pem"));
        assertEquals(Path.of("data/dev-jwt/public.pem"), VerificationKey.localFile("data/dev-jwt/public.pem"));
    }
}
