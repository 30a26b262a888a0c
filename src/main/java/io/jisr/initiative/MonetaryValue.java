package io.jisr.initiative;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MonetaryValue")
@Description("An amount of money in a given currency.")
public record MonetaryValue(
        @NonNull @Description("The amount, in units of `currency`.")
        BigDecimal amount,

        @NonNull @Description("ISO 4217 currency code, for example `SAR` or `EUR`.")
        String currency) {}
