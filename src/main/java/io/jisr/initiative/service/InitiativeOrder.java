package io.jisr.initiative.service;

import io.jisr.common.Descriptions;
import io.jisr.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InitiativeOrder")
@Description("Sort order for initiatives. Ties are broken by record, so the order is stable across pages.")
public class InitiativeOrder {

    @Enum("InitiativeOrderField")
    @Description("What initiatives can be sorted by.")
    public enum Field {
        @Description("Date (earliest possible day); undated last.")
        DATE,
        @Description("English title.")
        TITLE,
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

    public InitiativeOrder() {}

    public InitiativeOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
