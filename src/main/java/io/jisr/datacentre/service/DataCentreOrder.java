package io.jisr.datacentre.service;

import io.jisr.common.Descriptions;
import io.jisr.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DataCentreOrder")
@Description("Sort order for data centres. Ties are broken by record, so the order is stable across pages.")
public class DataCentreOrder {

    @Enum("DataCentreOrderField")
    @Description("What data centres can be sorted by.")
    public enum Field {
        @Description(Descriptions.ORDER_NAME)
        NAME,
        @Description("Year opened, else expected to open (`year`); unknown last.")
        YEAR,
        @Description("Initial or current capacity; unknown last.")
        CAPACITY,
        @Description("Announced target capacity; unknown last.")
        TARGET_CAPACITY,
        @Description(Descriptions.ORDER_CREATED)
        CREATED_AT,
        @Description(Descriptions.ORDER_UPDATED)
        UPDATED_AT,
        @Description("Date announced (`announced`); unknown last.")
        ANNOUNCED,
        @Description("Distance from `filter.near`, nearest first in ascending order; needs `filter.near`.")
        DISTANCE
    }

    @NonNull
    @Description(Descriptions.ORDER_FIELD)
    public Field field;

    @Description(Descriptions.ORDER_DIRECTION)
    public OrderDirection direction;

    public DataCentreOrder() {}

    public DataCentreOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
