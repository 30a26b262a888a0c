package bench;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** The reference application's one query. */
@GraphQLApi
public class ItemApi {

    @Query
    @Description("Every item.")
    public List<Item> items() {
        return Item.listAll();
    }
}
