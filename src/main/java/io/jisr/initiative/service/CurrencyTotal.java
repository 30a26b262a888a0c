package io.jisr.initiative.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CurrencyTotal")
@Description("The stated values of initiatives in one currency, added up as stated: never converted.")
public record CurrencyTotal(
        @NonNull @Description("ISO 4217 currency code, for example `SAR` or `EUR`.")
        String currency,

        @NonNull @Description("How many initiatives state a value in this currency.")
        int count,

        @NonNull @Description("Their values added up.") BigDecimal sum,
        @NonNull @Description("The smallest value.") BigDecimal min,
        @NonNull @Description("The largest value.") BigDecimal max) {}
