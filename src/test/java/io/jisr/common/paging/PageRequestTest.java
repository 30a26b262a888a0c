package io.jisr.common.paging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jisr.common.error.BadUserInputException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldPageForwardTwentyByDefault() {
        PageRequest request = PageRequest.of(null, null, null, null, "NAME_ASC");
        assertThat(request.size(), equalTo(PageRequest.DEFAULT_SIZE));
        assertThat(request.backwards(), equalTo(false));
        assertThat(request.after(), nullValue());
    }

    @Test
    void shouldReadThePageUnlessToldNotToAndKeepTheArguments() {
        PageRequest request = PageRequest.of(5, null, null, null, "NAME_ASC");
        assertThat(request.read(), equalTo(true));
        PageRequest unread = request.reading(false);
        assertThat(unread.read(), equalTo(false));
        assertThat(unread.size(), equalTo(5));
        assertThat(unread.ordering(), equalTo("NAME_ASC"));
    }

    @Test
    void shouldPageBackwardsWithLast() {
        PageRequest request = PageRequest.of(null, null, 7, null, "NAME_ASC");
        assertThat(request.backwards(), equalTo(true));
        assertThat(request.size(), equalTo(7));
    }

    @Test
    void shouldAcceptTheBoundsAndRefuseBeyondThem() {
        assertThat(PageRequest.of(0, null, null, null, "NAME_ASC").size(), equalTo(0));
        assertThat(
                PageRequest.of(PageRequest.MAX_SIZE, null, null, null, "NAME_ASC")
                        .size(),
                equalTo(100));
        BadUserInputException tooMany =
                assertThrows(BadUserInputException.class, () -> PageRequest.of(101, null, null, null, "NAME_ASC"));
        assertThat(tooMany.getMessage(), equalTo("`first` must be between 0 and 100; it was 101."));
        assertThrows(BadUserInputException.class, () -> PageRequest.of(null, null, -1, null, "NAME_ASC"));
        BadUserInputException both =
                assertThrows(BadUserInputException.class, () -> PageRequest.of(1, null, 1, null, "NAME_ASC"));
        assertThat(both.getMessage(), equalTo("Pass either `first` or `last`, not both."));
    }

    @Test
    void shouldDecodeCursorsOfTheSameOrderingOnly() {
        String cursor = new Cursor("Cloud", 4L).encode("NAME_ASC");
        PageRequest request = PageRequest.of(5, cursor, null, null, "NAME_ASC");
        assertThat(request.after().key(), equalTo(4L));
        assertThat(request.after().value(), equalTo("Cloud"));
        assertThrows(BadUserInputException.class, () -> PageRequest.of(5, cursor, null, null, "UPDATED_DESC"));
        assertThrows(BadUserInputException.class, () -> PageRequest.of(5, null, null, "not-a-cursor", "NAME_ASC"));
    }
}
