package io.jisr.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the key that verifies bearer tokens comes from; each entry is in the README's configuration table. */
@ConfigMapping(prefix = "jisr.jwt")
public interface TokenKeyConfig {

    /** PEM public key (file path or URL) or JWKS URL; by default the development key in the data directory. */
    String publicKeyLocation();

    /** Expected {@code iss} claim. */
    String issuer();

    /**
     * Whether a missing key file may be replaced by a freshly generated development key pair. On for local runs, off
     * in the container images, where a missing key stops the start with a message saying what to set.
     */
    @WithDefault("true")
    boolean developmentKey();
}
