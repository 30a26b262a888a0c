package io.jisr.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrderDirection")
@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest first; missing values last.")
    ASC,
    @Description("Largest first; missing values last.")
    DESC
}
