package io.jisr.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field method of a {@code @GraphQLApi} class for graphql-java to call directly ({@link DirectFields}): either
 * one {@code @Source} item and arguments of simple types (enums, strings, numbers, booleans), called where it is
 * needed, or only a {@code @Source List} of items (a batch), called through a graphql-java data loader on a worker
 * thread. SmallRye's own fetcher builds a context with two selected-field lists, fires events and propagates contexts
 * for every call, and for every item of a batch: a page of initiatives with sector and partner names makes a hundred
 * such calls. Only for methods that check no roles, validate nothing and throw no business errors: the method runs as
 * it is, and an exception it throws is an internal error.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DirectField {
}
