package io.jisr.common.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void shouldListChangedAddedAndRemovedFieldsInNameOrder() {
        Map<String, String> before = map("slug", "ai", "nameFr", "IA", "nameAr", "ذكاء", "notes", null);
        Map<String, String> after =
                map("slug", "ai", "nameFr", "Intelligence artificielle", "nameEn", "AI", "notes", null);
        assertThat(
                Snapshot.diff(before, after),
                contains(
                        new FieldChange("nameAr", "ذكاء", null),
                        new FieldChange("nameEn", null, "AI"),
                        new FieldChange("nameFr", "IA", "Intelligence artificielle")));
    }

    @Test
    void shouldFindNoChangeBetweenEqualSnapshots() {
        assertThat(Snapshot.diff(map("a", "1", "b", null), map("a", "1")), empty());
    }

    @Test
    void shouldDescribeACreateAndADeleteFieldByField() {
        assertThat(Snapshot.diff(Map.of(), map("slug", "ai")), contains(new FieldChange("slug", null, "ai")));
        assertThat(Snapshot.diff(map("slug", "ai"), Map.of()), contains(new FieldChange("slug", "ai", null)));
    }
}
