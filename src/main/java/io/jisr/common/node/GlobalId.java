package io.jisr.common.node;

import io.jisr.common.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Encodes {@code Type:key} as unpadded base64url, the usual Relay shape. */
public record GlobalId(NodeType type, long key) {

    public static String encode(NodeType type, Long key) {
        if (key == null) {
            return null;
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type.typeName + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            long key = Long.parseLong(raw.substring(colon + 1));
            if (colon < 0 || key <= 0) {
                throw new IllegalArgumentException();
            }
            return new GlobalId(NodeType.ofTypeName(raw.substring(0, colon)), key);
        } catch (RuntimeException e) {
            throw new BadUserInputException("'" + abbreviate(id) + "' is not a valid id.");
        }
    }

    /** The key when the id names the expected type; otherwise null, which callers report as "not found". */
    public static Long keyOf(String id, NodeType expected) {
        GlobalId decoded = decode(id);
        return decoded.type == expected ? decoded.key : null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
