package io.jisr;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules, checked on the compiled main classes without booting anything: shared code knows no feature,
 * each feature depends only on the features below it in the data model (initiative → data centre → organisation,
 * sector → source; every feature may show its change history), shared packages form no cycle, and only
 * {@code common.framework} touches Quarkus's and SmallRye GraphQL's implementation classes.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.jisr");

    @Test
    void shouldKeepFeaturesPointingDownTheDataModel() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("io.jisr")
                .layer("Initiative").definedBy("io.jisr.initiative..")
                .layer("DataCentre").definedBy("io.jisr.datacentre..")
                .layer("Organisation").definedBy("io.jisr.organisation..")
                .layer("Sector").definedBy("io.jisr.sector..")
                .layer("Source").definedBy("io.jisr.source..")
                .layer("History").definedBy("io.jisr.history..")
                .layer("Common").definedBy("io.jisr.common..")
                .whereLayer("Initiative").mayOnlyAccessLayers("DataCentre", "Organisation", "Sector", "Source",
                        "History", "Common")
                .whereLayer("DataCentre").mayOnlyAccessLayers("Organisation", "Sector", "Source", "History", "Common")
                .whereLayer("Organisation").mayOnlyAccessLayers("Source", "History", "Common")
                .whereLayer("Sector").mayOnlyAccessLayers("Source", "History", "Common")
                .whereLayer("Source").mayOnlyAccessLayers("History", "Common")
                .whereLayer("History").mayOnlyAccessLayers("Common")
                .whereLayer("Common").mayNotAccessAnyLayer()
                .check(MAIN);
    }

    @Test
    void shouldKeepSharedPackagesFreeOfCycles() {
        slices().matching("io.jisr.common.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shouldFenceFrameworkInternalsInOnePackage() {
        noClasses().that().resideOutsideOfPackage("io.jisr.common.framework..")
                .should().dependOnClassesThat(resideInAPackage("io.quarkus..runtime..")
                        .and(resideOutsideOfPackages("io.quarkus.runtime..")))
                .orShould().dependOnClassesThat(resideInAPackage("io.smallrye.graphql..")
                        .and(resideOutsideOfPackages("io.smallrye.graphql.api..", "io.smallrye.graphql.spi..")))
                .check(MAIN);
    }
}
