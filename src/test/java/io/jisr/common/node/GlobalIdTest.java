package io.jisr.common.node;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jisr.common.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GlobalIdTest {

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldEncodeTypeAndKeyAsUnpaddedBase64Url() {
        assertThat(GlobalId.encode(NodeType.DATA_CENTRE, 12L), equalTo(raw("DataCentre:12")));
        assertThat(GlobalId.decode(raw("DataCentre:12")), equalTo(new GlobalId(NodeType.DATA_CENTRE, 12)));
        assertThat(GlobalId.encode(NodeType.SECTOR, null), nullValue());
    }

    @Test
    void shouldGiveTheKeyOnlyForTheExpectedType() {
        String id = GlobalId.encode(NodeType.SECTOR, 3L);
        assertThat(GlobalId.keyOf(id, NodeType.SECTOR), equalTo(3L));
        assertThat(GlobalId.keyOf(id, NodeType.INITIATIVE), nullValue());
    }

    @Test
    void shouldRefuseAnythingElseAsBadUserInput() {
        for (String id : new String[] {
            "",
            "!!",
            raw("Sector"),
            raw("Sector:"),
            raw("Sector:0"),
            raw("Sector:-4"),
            raw("Planet:1"),
            raw("Sector:1.5"),
            raw(":1")
        }) {
            assertThrows(BadUserInputException.class, () -> GlobalId.decode(id), id);
        }
    }

    @Test
    void shouldQuoteAtMostSixtyFourCharactersOfABadId() {
        String longId = "x".repeat(200);
        BadUserInputException error = assertThrows(BadUserInputException.class, () -> GlobalId.decode(longId));
        assertThat(error.getMessage(), equalTo("'" + "x".repeat(64) + "…' is not a valid id."));
    }
}
