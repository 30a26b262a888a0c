package io.jisr.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field method of a {@code @GraphQLApi} class that takes one {@code @Source} item (not a list) and arguments
 * of simple types (enums, strings, numbers, booleans), for graphql-java to call directly ({@link DirectFields}).
 * SmallRye's own fetcher builds a context with two selected-field lists, fires events and propagates contexts for
 * every call: a page of initiatives with sector and partner names makes a hundred such calls. Only for methods that
 * check no roles, validate nothing and throw no business errors: the method runs as it is, and an exception it
 * throws is an internal error.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DirectField {
}
