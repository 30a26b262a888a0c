package io.jisr.history.service;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.history.ChangeEvent;
import io.jisr.organisation.Organisation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a replica publishes for changes it reads back from the history (another replica's, or a replay): the record
 * only with its newest change, never a later state under an earlier change.
 */
@QuarkusTest
class ChangeLoaderTest {

    private static final String CREATE = "mutation($slug: String!) { createOrganisation(input: { slug: $slug, "
            + "nameEn: \"Loader test\", type: OTHER }) { id version } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $name: String!) { "
            + "updateOrganisation(id: $id, version: $version, input: { nameEn: $name }) { version } }";

    @Inject
    ChangeLoader loader;

    @Test
    void shouldCarryARecordOnlyWithItsNewestChange() {
        Instant before = Instant.now().minusSeconds(1);
        String slug = "test-loader-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ok(CREATE, vars("slug", slug)).extract().path("data.createOrganisation.id");
        int version = 0;
        for (String name : List.of("Loader test A", "Loader test B")) {
            version = ok(UPDATE, vars("id", id, "version", version, "name", name))
                    .extract()
                    .path("data.updateOrganisation.version");
        }

        List<ChangeEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> loader.load(loader.since(before)).stream()
                        .filter(e -> e.change().getRecordId().equals(id))
                        .toList());

        assertThat(
                events.stream().map(e -> e.change().operation).toList(),
                contains(ChangeOperation.CREATE, ChangeOperation.UPDATE, ChangeOperation.UPDATE));
        // Read back now, the create and the first update would show the second update's state: they carry none.
        assertThat(events.get(0).record(), nullValue());
        assertThat(events.get(1).record(), nullValue());
        Organisation current = (Organisation) events.get(2).record();
        assertThat(current.version, equalTo(version));
        assertThat(current.nameEn, equalTo("Loader test B"));

        // Read back on its own, the newest change still carries the record.
        Long newest = events.get(2).change().pk;
        List<ChangeEvent> alone = QuarkusTransaction.requiringNew().call(() -> loader.load(List.of(newest)));
        assertThat(((Organisation) alone.get(0).record()).version, equalTo(version));
    }
}
