package io.jisr.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Makes sure the token key exists before the first request needs it. Without it, smallrye-jwt fails every request
 * that resolves an identity, even an anonymous mutation, with a bare HTTP 500. A missing key file is replaced by a
 * development key pair (next to it, so {@code src/main/dev/DevToken.java} signs with the private half at once, with
 * no restart), unless development keys are off: then the start stops with a message naming the setting. The pair is
 * made on a thread of its own, first thing at start, and awaited last: a 2048-bit RSA pair takes 0.4–0.7 s in a JVM
 * that has just started, which would otherwise add to a first start's wait. The HTTP port opens after both.
 */
@ApplicationScoped
public class VerificationKey {

    private static final Logger LOG = Logger.getLogger(VerificationKey.class);
    static final String PRIVATE_KEY_FILE = "private.pem";

    @Inject
    TokenKeyConfig config;

    private CompletableFuture<Path> ensured;

    void begin(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        ensured = CompletableFuture.supplyAsync(
                () -> ensure(config.publicKeyLocation(), config.developmentKey()),
                task -> new Thread(task, "jisr-token-key").start());
    }

    void await(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        Path created;
        try {
            created = ensured.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (created != null) {
            LOG.warnf(
                    "Created a development token key pair in %s: tokens minted with src/main/dev/DevToken.java are "
                            + "accepted. Production sets JISR_JWT_PUBLIC_KEY_LOCATION and JISR_JWT_ISSUER.",
                    created.getParent());
        }
    }

    /**
     * Checks the key at {@code location}; returns the public key file it created, or null when there was nothing to
     * do (the file exists, or the location is a URL such as a JWKS endpoint, which is read when a token arrives).
     */
    static Path ensure(String location, boolean developmentKey) {
        Path file = localFile(location);
        if (file == null || Files.exists(file)) {
            return null;
        }
        if (!developmentKey) {
            throw new IllegalStateException(
                    "No token verification key at " + file.toAbsolutePath()
                            + ". Set JISR_JWT_PUBLIC_KEY_LOCATION to a PEM public key or a JWKS URL and JISR_JWT_ISSUER to the "
                            + "tokens' issuer (README, Security), or JISR_JWT_DEVELOPMENT_KEY=true for a local development key.");
        }
        generatePair(file);
        return file;
    }

    /** The file a location names: a plain path or a {@code file:} URI; null for other URLs. */
    static Path localFile(String location) {
        if (location.startsWith("file:")) {
            return Path.of(URI.create(location));
        }
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? null : Path.of(location);
    }

    private static void generatePair(Path publicKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path directory = publicKey.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // Private half first: a public key without it would trust tokens nobody can sign.
            Files.writeString(
                    directory.resolve(PRIVATE_KEY_FILE),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a development key pair next to " + publicKey, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
