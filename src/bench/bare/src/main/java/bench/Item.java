package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The reference application's one entity. */
@Entity
public class Item extends PanacheEntity {

    public String name;
}
