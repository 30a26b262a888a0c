package io.jisr.organisation.service;

import io.jisr.common.Descriptions;
import io.jisr.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganisationOrder")
@Description("Sort order for organisations. Ties are broken by record, so the order is stable across pages.")
public class OrganisationOrder {

    @Enum("OrganisationOrderField")
    @Description("What organisations can be sorted by.")
    public enum Field {
        @Description(Descriptions.ORDER_NAME)
        NAME,
        @Description("Country code; unknown last.")
        COUNTRY,
        @Description(Descriptions.ORDER_CREATED)
        CREATED_AT,
        @Description(Descriptions.ORDER_UPDATED)
        UPDATED_AT
    }

    @NonNull
    @Description(Descriptions.ORDER_FIELD)
    public Field field;

    @Description(Descriptions.ORDER_DIRECTION)
    public OrderDirection direction;

    public OrganisationOrder() {}

    public OrganisationOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
