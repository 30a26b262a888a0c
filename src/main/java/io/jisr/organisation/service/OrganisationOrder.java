package io.jisr.organisation.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jisr.common.OrderDirection;

@Input("OrganisationOrder")
@Description("Sort order for organisations. Ties are broken by record, so the order is stable across pages.")
public class OrganisationOrder {

    @Enum("OrganisationOrderField")
    @Description("What organisations can be sorted by.")
    public enum Field {
        @Description("English name.")
        NAME,
        @Description("Country code; unknown last.")
        COUNTRY,
        @Description("Creation time.")
        CREATED_AT,
        @Description("Last change.")
        UPDATED_AT
    }

    @NonNull
    @Description("The field to sort by.")
    public Field field;

    @Description("The direction; ascending by default.")
    public OrderDirection direction;

    public OrganisationOrder() {
    }

    public OrganisationOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
