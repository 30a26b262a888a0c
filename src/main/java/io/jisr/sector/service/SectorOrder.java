package io.jisr.sector.service;

import io.jisr.common.Descriptions;
import io.jisr.common.OrderDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SectorOrder")
@Description("Sort order for sectors. Ties are broken by record, so the order is stable across pages.")
public class SectorOrder {

    @Enum("SectorOrderField")
    @Description("What sectors can be sorted by.")
    public enum Field {
        @Description(Descriptions.ORDER_NAME)
        NAME,
        @Description("Slug.")
        SLUG,
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

    public SectorOrder() {}

    public SectorOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
