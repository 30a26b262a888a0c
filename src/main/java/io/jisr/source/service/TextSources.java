package io.jisr.source.service;

import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.Language;
import io.jisr.common.node.NodeType;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;

/**
 * The provenance half of an edit to a localised text. For a text field such as {@code nameFr}, the input field
 * {@code nameFrSource} names the source that shows the text (null: the editors wrote it). Changing a text without
 * naming its source makes it editorial: an editor's translation is never passed off as sourced.
 */
@ApplicationScoped
public class TextSources {

    @Inject
    RecordEditor editor;

    /** Applies the {@code name…Source} fields of {@code patch} to a named record, after its texts. */
    public void names(Patch patch, SourcedNamedEntity record) {
        apply(patch, "name", language -> switch (language) {
            case EN -> record.nameEn;
            case FR -> record.nameFr;
            case AR -> record.nameAr;
        }, (language, source) -> {
            switch (language) {
                case EN -> record.nameEnSource = source;
                case FR -> record.nameFrSource = source;
                case AR -> record.nameArSource = source;
            }
        });
    }

    /**
     * Applies the {@code <field><Lang>Source} fields of {@code patch}; {@code text} reads the record's text in a language
     * (already edited), {@code set} sets its source.
     */
    public void apply(Patch patch, String field, Function<Language, String> text, BiConsumer<Language, Source> set) {
        for (Language language : Language.values()) {
            String textField = field + language.name().charAt(0) + language.name().substring(1).toLowerCase();
            String sourceField = textField + "Source";
            if (patch.has(sourceField)) {
                String id = (String) patch.value(sourceField);
                Source source = id == null ? null : editor.reference(Source.class, NodeType.SOURCE, id, sourceField);
                if (source != null && text.apply(language) == null) {
                    throw ValidationException.of(sourceField, "names a source for a " + textField + " that is empty");
                }
                set.accept(language, source);
            } else if (patch.has(textField)) {
                set.accept(language, null);
            }
        }
    }
}
