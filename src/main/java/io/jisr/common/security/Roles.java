package io.jisr.common.security;

/** The roles a token's {@code groups} claim can grant. Reads need none. */
public final class Roles {

    /** Creates, updates, links and unlinks records (sectors excepted). */
    public static final String EDITOR = "editor";

    /** Everything an editor can do, plus deleting records and managing sectors. */
    public static final String ADMIN = "admin";

    private Roles() {}
}
