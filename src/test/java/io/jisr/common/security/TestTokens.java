package io.jisr.common.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Test keys, generated per run: the service trusts the public half, tests sign tokens with the private half.
 * Registered once (see {@code SecurityTest}); it applies to every test class, so all share one application. The
 * packaged application under the integration tests keeps its own default instead, the development key pair it
 * creates in its data directory (see {@code PackagedApplicationIT}).
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://jisr.test/issuer";
    private static final KeyPair TRUSTED = generate();
    private static final KeyPair UNTRUSTED = generate();

    @Override
    public Map<String, String> start() {
        if (Boolean.getBoolean("jisr.test.packaged")) {
            return Map.of();
        }
        try {
            Path pem = Files.createTempFile("jisr-test-jwt", ".pem");
            Files.writeString(
                    pem,
                    "-----BEGIN PUBLIC KEY-----\n"
                            + Base64.getMimeEncoder()
                                    .encodeToString(TRUSTED.getPublic().getEncoded())
                            + "\n-----END PUBLIC KEY-----\n");
            pem.toFile().deleteOnExit();
            return Map.of("jisr.jwt.public-key-location", pem.toUri().toString(), "jisr.jwt.issuer", ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {}

    public static String editor(String subject) {
        return sign(subject, Set.of(Roles.EDITOR), ISSUER, Instant.now().plusSeconds(600), TRUSTED);
    }

    public static String admin(String subject) {
        return sign(subject, Set.of(Roles.ADMIN), ISSUER, Instant.now().plusSeconds(600), TRUSTED);
    }

    public static String noRole(String subject) {
        return sign(subject, Set.of("reader"), ISSUER, Instant.now().plusSeconds(600), TRUSTED);
    }

    public static String expired() {
        return sign("late", Set.of(Roles.ADMIN), ISSUER, Instant.now().minusSeconds(3600), TRUSTED);
    }

    public static String wrongIssuer() {
        return sign(
                "stranger",
                Set.of(Roles.ADMIN),
                "https://evil.example",
                Instant.now().plusSeconds(600),
                TRUSTED);
    }

    public static String wrongKey() {
        return sign("forger", Set.of(Roles.ADMIN), ISSUER, Instant.now().plusSeconds(600), UNTRUSTED);
    }

    /** A token signed with {@code key}, as DevToken mints them for the service's development key. */
    public static String signedWith(java.security.PrivateKey key, String issuer, String subject, Set<String> groups) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(600)
                .sign(key);
    }

    private static String sign(String subject, Set<String> groups, String issuer, Instant expiry, KeyPair keys) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .issuedAt(expiry.minusSeconds(700))
                .expiresAt(expiry)
                .sign(keys.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
