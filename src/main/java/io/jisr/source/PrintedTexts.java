package io.jisr.source;

import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.PrintedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

/**
 * Per language, what a source printed where the record now shows the editors' correction, and that source. The source
 * stays attached as evidence, so a correction never hides what was published.
 */
@Embeddable
public class PrintedTexts {

    @Size(max = 500)
    @Column(name = "printed_en", length = 500)
    public String en;

    @Size(max = 500)
    @Column(name = "printed_fr", length = 500)
    public String fr;

    @Size(max = 500)
    @Column(name = "printed_ar", length = 500)
    public String ar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "printed_en_source_id")
    public Source enSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "printed_fr_source_id")
    public Source frSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "printed_ar_source_id")
    public Source arSource;

    public PrintedText in(Language language) {
        return switch (language) {
            case EN -> PrintedText.of(en, enSource);
            case FR -> PrintedText.of(fr, frSource);
            case AR -> PrintedText.of(ar, arSource);
        };
    }

    /** Records (or, with a null text, clears) what a source printed in {@code language}. */
    public void set(Language language, String text, Source source) {
        switch (language) {
            case EN -> {
                en = text;
                enSource = source;
            }
            case FR -> {
                fr = text;
                frSource = source;
            }
            case AR -> {
                ar = text;
                arSource = source;
            }
        }
    }
}
