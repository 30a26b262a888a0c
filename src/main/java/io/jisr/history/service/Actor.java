package io.jisr.history.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request, as recorded in the change history: the token's subject. */
@RequestScoped
public class Actor {

    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    private String importing;

    public String name() {
        String subject = identity.isAnonymous()
                ? ANONYMOUS
                : identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                        ? jwt.getSubject()
                        : identity.getPrincipal().getName();
        if (importing != null) {
            return identity.isAnonymous() ? "import " + importing : "import " + importing + " by " + subject;
        }
        return subject;
    }

    /** The rest of this request's changes are made by the import {@code name} (on behalf of the caller, if any). */
    public void importing(String name) {
        importing = name;
    }
}
