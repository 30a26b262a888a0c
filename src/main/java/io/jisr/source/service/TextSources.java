package io.jisr.source.service;

import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.common.node.NodeType;
import io.jisr.source.Source;
import io.jisr.source.SourcedTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The provenance half of an edit to a localised text. For a text field such as {@code nameFr}, the input field
 * {@code nameFrSource} names the source that shows the text (null: the editors wrote it). Changing a text without
 * naming its source makes it editorial: an editor's translation is never passed off as sourced. Changing a sourced
 * text that way is a correction: what the source printed, and the source, stay on the record as evidence
 * ({@code correctionOf}), until a source shows the text again or the text is removed.
 */
@ApplicationScoped
public class TextSources {

    @Inject
    RecordEditor editor;

    /** The record's texts before an edit, to hand to {@link #apply} after the patch is applied. */
    public Map<Language, String> before(SourcedTexts record) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, record.text(language));
        }
        return texts;
    }

    /** Applies the {@code <field><Lang>Source} fields of {@code patch}, after its texts; {@code before} from {@link #before}. */
    public void apply(Patch patch, SourcedTexts record, Map<Language, String> before) {
        for (Language language : Language.values()) {
            String textField = record.field(language);
            String sourceField = textField + "Source";
            if (patch.has(sourceField)) {
                String id = (String) patch.value(sourceField);
                Source source = id == null ? null : editor.reference(Source.class, NodeType.SOURCE, id, sourceField);
                if (source != null && record.text(language) == null) {
                    throw ValidationException.of(sourceField, "names a source for a " + textField + " that is empty");
                }
                if (source == null) {
                    keepEvidence(record, language, before.get(language));
                } else {
                    record.printed().set(language, null, null);
                }
                record.setTextSource(language, source);
            } else if (patch.has(textField) && !Objects.equals(before.get(language), record.text(language))) {
                keepEvidence(record, language, before.get(language));
                record.setTextSource(language, null);
            }
        }
    }

    /**
     * Makes the text in {@code language} editorial; if a source showed the text it replaces ({@code printed}), that
     * text and source become the correction's evidence.
     */
    public void correct(SourcedTexts record, Language language, String text) {
        String printed = record.text(language);
        record.setText(language, text);
        keepEvidence(record, language, printed);
        record.setTextSource(language, null);
    }

    private static void keepEvidence(SourcedTexts record, Language language, String printed) {
        if (record.text(language) == null) {
            record.printed().set(language, null, null);
        } else if (record.textSource(language) != null && !Objects.equals(printed, record.text(language))) {
            record.printed().set(language, printed, record.textSource(language));
        }
    }
}
