package io.jisr.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field method of a {@code @GraphQLApi} class for graphql-java to call directly ({@link DirectFields}): either
 * one {@code @Source} item and arguments of simple types (enums, strings, numbers, booleans), called where it is
 * needed, or a {@code @Source List} of items (a batch) and such arguments, called through a graphql-java data loader
 * on a worker thread, once per set of argument values. SmallRye's own fetcher builds a context with two selected-field
 * lists, fires events and propagates contexts for every call, and for every item of a batch: a page of initiatives
 * with sector and partner names makes a hundred such calls. Only for methods that check no roles and validate nothing: the method runs as it is. An
 * {@code ApiException} it throws keeps its code ({@code ErrorShaper}); any other exception is an internal error. The
 * only type of the engine a feature uses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DirectField {

    /**
     * For a list field, where its largest size is measured, as {@code table.column}: the largest number of rows of
     * {@code table} sharing one value of {@code column} (the join table and the column of this field's source). The
     * query cost estimate prices the list at that size, measured at start and every
     * {@code jisr.graphql.list-size-refresh}, instead of a flat guess. Empty: not measured.
     */
    String fanOut() default "";
}
