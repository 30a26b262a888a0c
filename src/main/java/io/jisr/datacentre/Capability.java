package io.jisr.datacentre;

import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Capability")
@Description("A service a data centre offers.")
public enum Capability implements Labelled {
    @Description("AI training or inference (GPU/accelerator capacity).")
    AI("AI", "IA", "الذكاء الاصطناعي"),
    @Description("High-performance computing.")
    HPC("High-performance computing", "Calcul haute performance", "الحوسبة عالية الأداء"),
    @Description("Sovereign or government cloud, with data kept under national control.")
    SOVEREIGN_CLOUD("Sovereign cloud", "Cloud souverain", "السحابة السيادية"),
    @Description("A public cloud provider's region.")
    PUBLIC_CLOUD_REGION("Public cloud region", "Région de cloud public", "منطقة سحابة عامة"),
    @Description("Colocation space for customers' own equipment.")
    COLOCATION("Colocation", "Colocation", "الاستضافة المشتركة"),
    @Description("Quantum computing.")
    QUANTUM("Quantum computing", "Informatique quantique", "الحوسبة الكمومية");

    private final Translations label;

    Capability(String en, String fr, String ar) {
        label = Translations.editorial(en, fr, ar);
    }

    /** Its name for people, in each language (the editors' wording). */
    @Override
    public Translations label() {
        return label;
    }
}
