package io.jisr.graphql.engine;

import graphql.ExecutionResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/** The result of an operation as SmallRye will write it, readable and replaceable after execution. */
public final class ExecutionResults {

    private ExecutionResults() {}

    /** The result of the operation {@code context} ran; null before it has one. */
    public static ExecutionResult of(Context context) {
        return context.unwrap(ExecutionResult.class);
    }

    /** Makes SmallRye write {@code result} instead; its public {@code Context} has no setter for it. */
    public static void replace(Context context, ExecutionResult result) {
        ((SmallRyeContext) context).setExecutionResult(result);
    }
}
