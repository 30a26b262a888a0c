package io.jisr.common.editing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PatchTest {

    public static class Input {
        public String name;
        public String note;
        public Integer size;
        public String operatorId;
    }

    public static class Target {
        private String name = "old name";
        private String note = "old note";
        private int size = 1;

        public void setName(String name) {
            this.name = name;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public void setSize(int size) {
            this.size = size;
        }
    }

    private static Input input(String name, String note, Integer size) {
        Input input = new Input();
        input.name = name;
        input.note = note;
        input.size = size;
        input.operatorId = "x";
        return input;
    }

    @Test
    void shouldCopyOnlyTheFieldsTheClientSent() {
        Target target = new Target();
        new Patch(input("new name", null, null), Set.of("name")).applyTo(target);
        assertThat(target.name, equalTo("new name"));
        assertThat(target.note, equalTo("old note"));
    }

    @Test
    void shouldClearAFieldSentAsNull() {
        Target target = new Target();
        Patch patch = new Patch(input(null, null, null), Set.of("note"));
        patch.applyTo(target);
        assertThat(target.note, nullValue());
        assertThat(patch.has("note"), equalTo(true));
        assertThat(patch.has("name"), equalTo(false));
    }

    @Test
    void shouldLeaveFieldsWithoutAMatchingSetterToTheService() {
        Target target = new Target();
        // operatorId has no setter; size is Integer in the input and int in the target, which the service converts.
        new Patch(input("n", "m", 5), Set.of("operatorId", "size", "unknown")).applyTo(target);
        assertThat(target.size, equalTo(1));
        assertThat(target.name, equalTo("old name"));
    }
}
