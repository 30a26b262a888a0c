package io.jisr.graphql;

import java.util.Map;

/**
 * A feature's list fields, each with an SQL query that returns its largest possible size (one number), so that the
 * cost estimate prices a list as big as it can really be (a CDI bean per feature). Beside {@link DirectField}, the only
 * type of the engine a feature uses.
 */
public interface ListSizeQueries {

    /** "Type.field" (GraphQL names) to SQL. */
    Map<String, String> listSizeQueries();

    /** SQL for the largest number of rows of {@code table} sharing one {@code column} value. */
    static String fanOut(String table, String column) {
        return "select coalesce(max(n), 0) from (select count(*) as n from " + table + " group by " + column + ") t";
    }

    /** SQL for the number of rows of {@code table}. */
    static String rows(String table) {
        return "select count(*) from " + table;
    }
}
