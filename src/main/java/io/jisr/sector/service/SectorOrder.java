package io.jisr.sector.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jisr.common.OrderDirection;

@Input("SectorOrder")
@Description("Sort order for sectors. Ties are broken by record, so the order is stable across pages.")
public class SectorOrder {

    @Enum("SectorOrderField")
    @Description("What sectors can be sorted by.")
    public enum Field {
        @Description("English name.")
        NAME,
        @Description("Slug.")
        SLUG,
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

    public SectorOrder() {
    }

    public SectorOrder(Field field, OrderDirection direction) {
        this.field = field;
        this.direction = direction;
    }
}
