package io.jisr.graphql.cost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How measured list sizes are written to the database and read back. */
class ListSizesTextTest {

    @Test
    void shouldWriteSizesSortedOnePerLineAndReadThemBack() {
        Map<String, Long> sizes = Map.of("Sector.sources", 7L, "Initiative.partners", 12L, "Query.sectors", 0L);
        String text = ListSizes.encode(sizes);
        assertThat(text, equalTo("Initiative.partners=12\nQuery.sectors=0\nSector.sources=7\n"));
        assertThat(ListSizes.decode(text), equalTo(sizes));
        assertThat(ListSizes.encode(Map.copyOf(sizes)), equalTo(text));
    }

    @Test
    void shouldReadNothingFromEmptyOrDamagedText() {
        assertThat(ListSizes.decode(""), anEmptyMap());
        assertThat(ListSizes.decode("Initiative.partners=12\nQuery.sectors=many\n"), anEmptyMap());
        assertThat(ListSizes.decode("Initiative.partners=12\n=3\n"), anEmptyMap());
        assertThat(ListSizes.decode("Initiative.partners\n"), anEmptyMap());
    }
}
