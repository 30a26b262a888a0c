package io.jisr.history.service;

import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request; recorded in the change history. Authentication will fill it in. */
@RequestScoped
public class Actor {

    public static final String ANONYMOUS = "anonymous";

    public String name() {
        return ANONYMOUS;
    }
}
