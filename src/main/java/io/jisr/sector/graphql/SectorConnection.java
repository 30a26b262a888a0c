package io.jisr.sector.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.sector.Sector;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("SectorConnection")
@Description("A page of sectors (Relay connection).")
public class SectorConnection extends Connection<Sector, SectorConnection.SectorEdge> {

    public SectorConnection(Page<Sector> page) {
        super(page, SectorEdge::new);
    }

    @Type("SectorEdge")
    @Description("A sector in a connection, with its cursor.")
    public static class SectorEdge extends Edge<Sector> {

        public SectorEdge(String cursor, Sector node) {
            super(cursor, node);
        }
    }
}
