package io.jisr.initiative.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jisr.common.OrderDirection;

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

    public InitiativeOrder() {
    }

    public InitiativeOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
